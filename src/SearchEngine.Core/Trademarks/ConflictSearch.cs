using Lucene.Net.Search;
using SearchEngine.Trademarks.Elements;

namespace SearchEngine.Trademarks;

/// <summary>
/// Runs a conflict query: candidates from the Lucene strategies, a comparison per candidate, the fused
/// score, an optional learned rerank of the best candidates, and the hits with their reasons.
/// </summary>
internal static class ConflictSearch
{
    /// <summary>Candidates taken from each strategy before comparison.</summary>
    public const int PerStrategy = 60;

    public static ConflictResult Run(TrademarkIndex index, ConflictQuery query)
    {
        var text = query.Validate();
        var profile = new MarkProfile(text, []);
        var filterClasses = query.ClassFilter switch
        {
            ClassFilterMode.Exact => query.Classes,
            ClassFilterMode.Related => RelatedClasses.Expand(query.Classes),
            _ => [],
        };
        var filter = index.FilterFor(query.Statuses, filterClasses, query.Before);
        return index.Search(searcher => Rank(searcher, profile, query, filter));
    }

    /// <summary>
    /// The most the reranker may add to a fused score (0-100 scale): it reorders only candidates whose fused
    /// scores lie within this margin of each other. A model trained on a 10,000-mark register learns which of
    /// several close candidates is the conflict, but its preferences drift on registers many times that size; the
    /// bound keeps its gain among close candidates and stops it from burying a clearly better fused match.
    /// Chosen on generated registers of 10,000 and 50,000 marks (docs/ranking.md), not on the dev sets.
    /// </summary>
    public const double RerankMargin = 10;

    /// <summary>
    /// Fused score plus the reranker's score rescaled to [0, margin] within the list, so the model's order
    /// decides among candidates within the margin and the fused order decides beyond it.
    /// </summary>
    internal static double[] Guarded(IReadOnlyList<double> fused, IReadOnlyList<float> rerank, double margin)
    {
        var lo = rerank.Min();
        var span = rerank.Max() - lo;
        var final = new double[fused.Count];
        for (var i = 0; i < final.Length; i++) final[i] = fused[i] + (span > 0 ? margin * (rerank[i] - lo) / span : 0);
        return final;
    }

    private sealed record Scored(int Doc, MarkComparison Comparison, float[] Features, double Score);

    private static ConflictResult Rank(IndexSearcher searcher, MarkProfile profile, ConflictQuery query, Filter? filter)
    {
        var elements = new ElementContext(profile, new ElementStatistics(searcher.IndexReader));
        var candidates = CandidateGenerator.Collect(searcher, profile, filter, PerStrategy, elements.Query);
        var scored = new List<Scored>(candidates.Count);
        var reader = new CandidateReader(searcher);
        foreach (var c in candidates.Values)
        {
            var (classes, candidate) = reader.Read(c.Doc);
            var comparison = new MarkComparison(profile, query.Classes, candidate, classes, c.StrategyScores, elements);
            scored.Add(new Scored(c.Doc, comparison, TrademarkFeatures.Row(comparison), ConflictScorer.Score(comparison)));
        }

        // ties broken by doc id so the same index always gives the same order
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        for (var i = 0; i < scored.Count; i++) TrademarkFeatures.SetListFeatures(scored[i].Features, scored[i].Score, i, scored[0].Score);
        double[]? rerank = null;
        double[]? shown = null;
        if (query.Reranker is { } reranker && scored.Count > 0)
        {
            var depth = Math.Min(query.RerankDepth, scored.Count);
            var head = scored.Take(depth).ToList();
            var scores = reranker.Score(head.Select(s => s.Features).ToList());
            var final = Guarded(head.Select(h => h.Score).ToArray(), scores, RerankMargin);
            // The guard: a mark written with the same letters as the query is the strongest conflict there is,
            // whatever a model learned about classes, so those stay first; the model orders everything else.
            var order = Enumerable.Range(0, depth).OrderByDescending(i => head[i].Comparison.SameLetters)
                .ThenByDescending(i => final[i]).ThenBy(i => i).ToList();
            scored = order.Select(i => head[i]).Concat(scored.Skip(depth)).ToList();
            rerank = order.Select(i => final[i]).ToArray();
            // The hit shows the score that ordered it: the reranked order takes the head's fused scores in
            // descending order, so scores stay on the 0-100 scale, fall with the rank, and bands follow.
            shown = head.Select(h => h.Score).ToArray();
        }

        var hits = new List<ConflictHit>(Math.Min(query.Top, scored.Count));
        for (var i = 0; i < scored.Count && hits.Count < query.Top; i++)
        {
            var s = scored[i];
            var score = shown is not null && i < shown.Length ? shown[i] : s.Score;
            hits.Add(new ConflictHit
            {
                Trademark = TrademarkDocument.Read(searcher.IndexReader, s.Doc),
                Score = score,
                FusedScore = s.Score,
                Band = ConflictScorer.Band(score),
                Reasons = ConflictScorer.Reasons(s.Comparison),
                Features = s.Features,
                RerankScore = rerank is not null && i < rerank.Length ? rerank[i] : null,
            });
        }

        return new ConflictResult(hits, candidates.Count, query.Reranker?.ModelVersion);
    }
}
