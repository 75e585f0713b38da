using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class RankingMetricsTests
{
    [Fact]
    public void Ideal_order_scores_one()
    {
        Assert.Equal(1.0, RankingMetrics.Ndcg([4, 2, 0, 0], [], 10), 10);
    }

    [Fact]
    public void Relevant_hit_at_rank_two_scores_the_log_discount()
    {
        Assert.Equal(1 / Math.Log2(3), RankingMetrics.Ndcg([0, 1, 0], [], 10), 10);
        Assert.Equal(0.5, RankingMetrics.ReciprocalRank([0, 1, 0]));
    }

    [Fact]
    public void Relevant_documents_the_engine_missed_lower_the_ideal_ranking()
    {
        var withoutMissed = RankingMetrics.Ndcg([3, 0], [], 10);
        var withMissed = RankingMetrics.Ndcg([3, 0], [3], 10);
        Assert.Equal(1.0, withoutMissed, 10);
        Assert.True(withMissed < 0.7, $"missed relevant documents must count in the ideal, got {withMissed}");
    }

    [Fact]
    public void Hits_below_the_cut_off_earn_nothing()
    {
        var grades = Enumerable.Repeat(0, 10).Append(4).ToArray();
        Assert.Equal(0, RankingMetrics.Ndcg(grades, [], 10));
        Assert.Equal(1.0 / 11, RankingMetrics.ReciprocalRank(grades), 10);
    }

    [Fact]
    public void Measure_ranks_each_group_by_the_given_scores()
    {
        var group = new RankingGroup("q", [
            new RankingCandidate("a", [0f], 90, 0),
            new RankingCandidate("b", [1f], 80, 4),
        ]);

        var fused = RankingMetrics.MeasureFused([group]);
        var byFeature = RankingMetrics.Measure([group], g => g.Candidates.Select(c => c.Features[0]).ToArray());

        Assert.Equal(0.5, fused.Mrr);
        Assert.Equal(1.0, byFeature.Mrr);
        Assert.Equal(1.0, byFeature.Ndcg10, 10);
    }
}
