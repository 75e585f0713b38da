using Lucene.Net.Search;
using SearchEngine.Classifications.Nice;

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

    private sealed record Scored(int Doc, MarkComparison Comparison, float[] Features, double Score);

    /// <summary>The candidate's goods against the query's, or null when the candidate has none (nothing compared).</summary>
    private static GoodsMatch? CompareGoods(GoodsProfile query, Trademark candidate)
    {
        var goods = GoodsProfile.Of(candidate.Goods, candidate.GoodsServices, candidate.Classes);
        return goods.IsEmpty ? null : GoodsSimilarity.Compare(query, goods);
    }

    private static ConflictResult Rank(IndexSearcher searcher, MarkProfile profile, ConflictQuery query, Filter? filter)
    {
        var candidates = CandidateGenerator.Collect(searcher, profile, filter, PerStrategy);
        var scored = new List<Scored>(candidates.Count);
        var reader = new CandidateReader(searcher);
        var queryGoods = GoodsProfile.Of(query.Goods, query.GoodsServices, query.Classes);
        foreach (var c in candidates.Values)
        {
            var (classes, candidate) = reader.Read(c.Doc);
            var goods = queryGoods.IsEmpty ? null : CompareGoods(queryGoods, TrademarkDocument.Read(searcher.IndexReader, c.Doc));
            var comparison = new MarkComparison(profile, query.Classes, candidate, classes, c.StrategyScores, goods);
            scored.Add(new Scored(c.Doc, comparison, TrademarkFeatures.Row(comparison), ConflictScorer.Score(comparison)));
        }

        // ties broken by doc id so the same index always gives the same order
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        double[]? rerank = null;
        if (query.Reranker is { } reranker && scored.Count > 0)
        {
            var depth = Math.Min(query.RerankDepth, scored.Count);
            var head = scored.Take(depth).ToList();
            var scores = reranker.Score(head.Select(s => s.Features).ToList());
            var order = Enumerable.Range(0, depth).OrderByDescending(i => scores[i]).ThenBy(i => i).ToList();
            scored = order.Select(i => head[i]).Concat(scored.Skip(depth)).ToList();
            rerank = order.Select(i => (double)scores[i]).ToArray();
        }

        var hits = new List<ConflictHit>(Math.Min(query.Top, scored.Count));
        for (var i = 0; i < scored.Count && hits.Count < query.Top; i++)
        {
            var s = scored[i];
            hits.Add(new ConflictHit
            {
                Trademark = TrademarkDocument.Read(searcher.IndexReader, s.Doc),
                Score = s.Score,
                Band = ConflictScorer.Band(s.Score),
                Reasons = ConflictScorer.Reasons(s.Comparison),
                Features = s.Features,
                RerankScore = rerank is not null && i < rerank.Length ? rerank[i] : null,
            });
        }

        return new ConflictResult(hits, candidates.Count, query.Reranker?.ModelVersion);
    }
}
