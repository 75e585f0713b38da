namespace SearchEngine.Evaluation;

/// <summary>
/// Recall at several cutoffs and mean reciprocal rank over a set of queries with binary relevance, the figures
/// trademark and patent eval print. Recall@k of a query is the share of its relevant ids found in the first k
/// hits (not merely "any found"), so a query listing two equally-spelt earlier marks needs both; the
/// reciprocal rank counts only the hits passed in.
/// </summary>
public sealed class RetrievalMetrics(IReadOnlyList<int> cutoffs)
{
    private readonly double[] _recallSums = new double[cutoffs.Count];
    private double _reciprocalRankSum;

    public IReadOnlyList<int> Cutoffs { get; } = cutoffs;

    public int Queries { get; private set; }

    public void Add(IReadOnlyList<string> rankedNumbers, IReadOnlyCollection<string> relevant)
    {
        Queries++;
        var relevantSet = relevant.ToHashSet(StringComparer.Ordinal);
        for (var c = 0; c < Cutoffs.Count; c++)
        {
            var found = rankedNumbers.Take(Cutoffs[c]).Count(relevantSet.Contains);
            _recallSums[c] += relevantSet.Count == 0 ? 0 : found / (double)relevantSet.Count;
        }

        for (var i = 0; i < rankedNumbers.Count; i++)
        {
            if (!relevantSet.Contains(rankedNumbers[i])) continue;
            _reciprocalRankSum += 1.0 / (i + 1);
            break;
        }
    }

    public double Recall(int cutoff)
    {
        var c = Cutoffs.ToList().IndexOf(cutoff);
        if (c < 0) throw new ArgumentOutOfRangeException(nameof(cutoff), $"recall@{cutoff} was not measured");
        return Queries == 0 ? 0 : _recallSums[c] / Queries;
    }

    public double MeanReciprocalRank => Queries == 0 ? 0 : _reciprocalRankSum / Queries;
}
