using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Classifications.Nice;
using SearchEngine.Classifications;
using SearchEngine.Indexing;
using SearchEngine.Trademarks.Candidates;
using SearchEngine.Trademarks.Comparison;
using SearchEngine.Trademarks.Elements;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks.Meaning;
using SearchEngine.Trademarks.Scoring;

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
        var vienna = query.Vienna.Select(v => v.ToString()).ToList();
        if (query.IsFigurativeOnly && vienna.Count == 0)
        {
            // Only the new mark's own codes: the earlier marks worth comparing share a division with them.
            vienna = [.. query.ViennaCodes.Select(v => (v.DivisionCode ?? v).ToString()).Distinct()];
        }

        var filter = index.FilterFor(query.Statuses, filterClasses, query.Before, vienna);
        return query.IsFigurativeOnly
            ? index.Search(searcher => RankFigurative(searcher, query, filter!))
            : index.Search(searcher => Rank(searcher, profile, query, filter));
    }

    /// <summary>Most marks a search by figurative elements alone compares; the count of matching marks is still exact.</summary>
    public const int MaxFigurativeCompared = 200_000;

    /// <summary>
    /// A search by Vienna codes alone (a logo without words, or an examiner browsing a division): every mark
    /// the filter keeps, ordered by how much its codes agree with the new mark's.
    /// </summary>
    private static readonly int ViennaSectionFeature = TrademarkFeatures.Names.ToList().IndexOf("vienna_section_overlap");

    private static ConflictResult RankFigurative(IndexSearcher searcher, ConflictQuery query, Filter filter)
    {
        var docs = new DocCollector(MaxFigurativeCompared);
        searcher.Search(new MatchAllDocsQuery(), filter, docs);
        var reader = new CandidateReader(searcher);
        var own = query.ViennaCodes.Select(v => v.ToString()).ToList();
        var scored = new List<(int Doc, ViennaOverlap Overlap, double Score)>(docs.Docs.Count);
        var facets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in docs.Docs)
        {
            var codes = reader.ViennaCodes(doc);
            CountDivisions(facets, codes);
            var overlap = new ViennaOverlap(own, codes);
            scored.Add((doc, overlap, Math.Round(100 * (0.7 * overlap.SectionOverlap + 0.3 * overlap.DivisionOverlap), 1)));
        }

        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var hits = scored.Take(query.Top).Select(s =>
        {
            var features = new float[TrademarkFeatures.Names.Count];
            features[ViennaSectionFeature] = (float)s.Overlap.SectionOverlap;
            features[ViennaSectionFeature + 1] = (float)s.Overlap.DivisionOverlap;
            var trademark = TrademarkDocument.Read(searcher.IndexReader, s.Doc);
            IReadOnlyList<string> reasons = s.Overlap.SharedSections.Count > 0
                ? [.. s.Overlap.SharedSections.Take(5).Select(v => "same-figurative:" + v)]
                : [.. query.Vienna.Select(v => v.ToString()).Where(v => trademark.ViennaCodes.Any(c => c.StartsWith(v, StringComparison.Ordinal))).Select(v => "vienna:" + v)];
            return new ConflictHit
            {
                Trademark = trademark,
                Score = s.Score,
                Band = ConflictScorer.Band(s.Score),
                Reasons = reasons,
                Features = features,
            };
        }).ToList();
        return new ConflictResult(hits, scored.Count, null) { ViennaDivisions = Facets(facets), Matching = docs.Total };
    }

    private static void CountDivisions(Dictionary<string, int> facets, IReadOnlyList<string> codes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in codes)
        {
            if (ViennaCode.TryParse(c, out var code) && code.DivisionCode is { } d && seen.Add(d.ToString()))
            {
                facets[d.ToString()] = facets.GetValueOrDefault(d.ToString()) + 1;
            }
        }
    }

    /// <summary>Divisions shown as facets: the most frequent first, at most this many.</summary>
    public const int MaxFacets = 20;

    private static List<ViennaFacet> Facets(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxFacets)
            .Select(kv => new ViennaFacet(kv.Key, ViennaClassification.NameOf(ViennaCode.Parse(kv.Key)), kv.Value))];

    /// <summary>Collects matching doc ids (up to a cap) and counts them all.</summary>
    private sealed class DocCollector(int max) : ICollector
    {
        private int _base;

        public List<int> Docs { get; } = [];

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc)
        {
            Total++;
            if (Docs.Count < max) Docs.Add(_base + doc);
        }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void SetScorer(Scorer scorer)
        {
        }
    }

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

    /// <summary>The candidate's goods against the query's, or null when the candidate has none (nothing compared).</summary>
    private static GoodsMatch? CompareGoods(GoodsProfile query, Trademark candidate)
    {
        var goods = GoodsProfile.Of(candidate.Goods, candidate.GoodsServices, candidate.Classes);
        return goods.IsEmpty ? null : GoodsSimilarity.Compare(query, goods);
    }

    private static ConflictResult Rank(IndexSearcher searcher, MarkProfile profile, ConflictQuery query, Filter? filter)
    {
        var elements = new ElementContext(profile, new ElementStatistics(searcher.IndexReader));
        var candidates = CandidateGenerator.Collect(searcher, profile, filter, PerStrategy, elements.Query);
        var scored = new List<Scored>(candidates.Count);
        var reader = new CandidateReader(searcher);
        var own = query.ViennaCodes.Select(v => v.ToString()).ToList();
        var facets = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = ConceptWeights.Of(searcher.IndexReader);
        var queryGoods = GoodsProfile.Of(query.Goods, query.GoodsServices, query.Classes);
        foreach (var c in candidates.Values)
        {
            SearchBudget.ThrowIfSpent();
            var (classes, candidate) = reader.Read(c.Doc);
            var codes = reader.ViennaCodes(c.Doc);
            CountDivisions(facets, codes);
            var goods = queryGoods.IsEmpty ? null : CompareGoods(queryGoods, TrademarkDocument.Read(searcher.IndexReader, c.Doc));
            var comparison = new MarkComparison(profile, query.Classes, candidate, classes, c.StrategyScores, new ViennaOverlap(own, codes), weights, goods, elements);
            scored.Add(new Scored(c.Doc, comparison, TrademarkFeatures.Row(comparison), ConflictScorer.Score(comparison)));
        }

        // ties broken by doc id so the same index always gives the same order
        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        TrademarkFeatures.SetListFeatures([.. scored.Select(s => (s.Features, s.Score, s.Comparison.Candidate.Text.Compact, s.Comparison.SharedClasses.Count > 0))]);
        double[]? rerank = null;
        double[]? shown = null;
        if (query.Reranker is { } reranker && scored.Count > 0)
        {
            var depth = Math.Min(query.RerankDepth, scored.Count);
            var head = scored.Take(depth).ToList();
            var scores = reranker.Score(head.Select(s => s.Features).ToList());
            var final = Guarded(head.Select(h => h.Score).ToArray(), scores, query.RerankMargin);
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

        return new ConflictResult(hits, candidates.Count, query.Reranker?.ModelVersion) { ViennaDivisions = Facets(facets) };
    }
}
