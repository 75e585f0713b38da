using SearchEngine.Evaluation;

namespace SearchEngine.Tests.Evaluation;

public class RetrievalMetricsTests
{
    [Fact]
    public void Recall_is_the_share_of_relevant_ids_within_the_cutoff_and_mrr_the_first_relevant_rank()
    {
        var metrics = new RetrievalMetrics([1, 3]);

        metrics.Add(["a", "x", "b"], ["a", "b"]); // both within 3, one at rank 1
        metrics.Add(["x", "y", "c"], ["c"]);      // rank 3
        metrics.Add(["x", "y", "z"], ["d"]);      // missed

        Assert.Equal(3, metrics.Queries);
        Assert.Equal((0.5 + 0 + 0) / 3, metrics.Recall(1), 10);
        Assert.Equal((1 + 1 + 0) / 3.0, metrics.Recall(3), 10);
        Assert.Equal((1 + 1 / 3.0 + 0) / 3, metrics.MeanReciprocalRank, 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => metrics.Recall(10));
    }
}
