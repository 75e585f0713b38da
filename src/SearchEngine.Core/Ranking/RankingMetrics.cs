namespace SearchEngine.Ranking;

/// <summary>
/// NDCG@k (exponential gain 2^grade − 1, log2 discount) and reciprocal rank of the first relevant hit
/// (grade ≥ 1), computed the same way for the fused and the reranked order so the two compare fairly.
/// </summary>
public static class RankingMetrics
{
    public static double Ndcg(IReadOnlyList<int> gradesInRankOrder, IEnumerable<int> missedGrades, int k)
    {
        var ideal = gradesInRankOrder.Concat(missedGrades).OrderByDescending(g => g).Take(k).ToList();
        var idealDcg = Dcg(ideal, k);
        return idealDcg == 0 ? 0 : Dcg(gradesInRankOrder, k) / idealDcg;
    }

    public static double ReciprocalRank(IReadOnlyList<int> gradesInRankOrder)
    {
        for (var i = 0; i < gradesInRankOrder.Count; i++)
        {
            if (gradesInRankOrder[i] > 0) return 1.0 / (i + 1);
        }

        return 0;
    }

    private static double Dcg(IReadOnlyList<int> grades, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, grades.Count); i++) dcg += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        return dcg;
    }

    /// <summary>Mean NDCG@10 and MRR over groups, each ranked by <paramref name="score"/> (ties keep the fused order).</summary>
    public static RankingQuality Measure(IReadOnlyList<RankingGroup> groups, Func<RankingGroup, float[]> score)
    {
        if (groups.Count == 0) return new RankingQuality(0, 0, 0);
        double ndcg = 0, mrr = 0;
        foreach (var g in groups)
        {
            var scores = score(g);
            var order = Enumerable.Range(0, g.Candidates.Count)
                .OrderByDescending(i => scores[i])
                .ThenByDescending(i => g.Candidates[i].FusedScore)
                .ThenBy(i => i)
                .Select(i => g.Candidates[i].Grade)
                .ToList();
            ndcg += Ndcg(order, g.MissedGrades, 10);
            mrr += ReciprocalRank(order);
        }

        return new RankingQuality(ndcg / groups.Count, mrr / groups.Count, groups.Count);
    }

    public static RankingQuality MeasureFused(IReadOnlyList<RankingGroup> groups) =>
        Measure(groups, g => g.Candidates.Select(c => c.FusedScore).ToArray());
}

/// <summary>Mean NDCG@10 and MRR over <see cref="Queries"/> queries.</summary>
public sealed record RankingQuality(double Ndcg10, double Mrr, int Queries);
