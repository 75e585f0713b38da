using SearchEngine.Ranking;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

public sealed class GuardedRerankTests(SmallRegister small) : IClassFixture<SmallRegister>
{
    /// <summary>A model that prefers the candidates the fused score ranks last.</summary>
    private sealed class Contrarian : IReranker
    {
        private static readonly int Rank = TrademarkFeatures.Names.ToList().IndexOf("fused_rank");
        public string ModelVersion => "contrarian";
        public string FeatureSetVersion => TrademarkFeatures.Version;
        public float[] Score(IReadOnlyList<float[]> featureRows) => featureRows.Select(r => r[Rank]).ToArray();
    }

    [Fact]
    public void The_query_sets_how_far_the_model_may_reach()
    {
        // no candidate is spelt with the query's letters, so only the margin stands between the model and the order
        const string mark = "Trung Nguyên Cà Phê Sữa";
        IReadOnlyList<string> Numbers(double margin) =>
            small.Search(mark, q => q with { Top = 10, Reranker = new Contrarian(), RerankMargin = margin }).Select(h => h.Number).ToList();
        var fused = small.Search(mark, q => q with { Top = 10 }).Select(h => h.Number).ToList();

        Assert.True(fused.Count >= 3);
        Assert.Equal(fused, Numbers(0));
        Assert.Equal(fused.AsEnumerable().Reverse(), Numbers(ConflictQuery.MaxRerankMargin));
        Assert.Throws<SearchEngineException>(() => Numbers(-1));
        Assert.Throws<SearchEngineException>(() => Numbers(double.NaN));
    }

    private static int[] Order(double[] fused, float[] rerank, double margin)
    {
        var final = ConflictSearch.Guarded(fused, rerank, margin);
        return Enumerable.Range(0, fused.Length).OrderByDescending(i => final[i]).ThenBy(i => i).ToArray();
    }

    [Fact]
    public void The_model_reorders_candidates_within_the_margin()
    {
        // the model prefers the third candidate; it trails the first by 3 points, less than the margin
        Assert.Equal([2, 0, 1], Order([80, 79, 77], [-1f, -2f, 3f], margin: 5));
    }

    [Fact]
    public void The_model_never_lifts_a_candidate_over_one_more_than_the_margin_ahead()
    {
        // however strongly the model prefers the last two, the first leads them by more than the margin
        var order = Order([90, 70, 69], [-5f, 0f, 6f], margin: 5);
        Assert.Equal([0, 2, 1], order);
    }

    [Fact]
    public void A_margin_of_zero_or_a_model_without_preference_keeps_the_fused_order()
    {
        Assert.Equal([0, 1, 2], Order([80, 79, 77], [-1f, 0f, 9f], margin: 0));
        Assert.Equal([0, 1, 2], Order([80, 79, 77], [2f, 2f, 2f], margin: 5));
    }

    [Fact]
    public void The_adjustment_is_bounded_by_the_margin()
    {
        var final = ConflictSearch.Guarded([60, 50, 40], [-100f, 0f, 100f], margin: 5);
        Assert.Equal([60, 52.5, 45], final);
    }
}
