using SearchEngine.Evaluation;

namespace SearchEngine.Tests.Evaluation;

public class LatenciesTests
{
    [Fact]
    public void Percentiles_are_by_nearest_rank_over_unsorted_values()
    {
        double[] ms = [9, 1, 5, 3, 7, 2, 10, 4, 8, 6];

        Assert.Equal(5, Latencies.Percentile(ms, 50));
        Assert.Equal(10, Latencies.Percentile(ms, 95));
        Assert.Equal(9, Latencies.Percentile(ms, 90));
        Assert.Equal(1, Latencies.Percentile(ms, 0));
        Assert.Equal(10, Latencies.Percentile(ms, 100));
    }

    [Fact]
    public void No_values_give_zero_and_a_percent_outside_0_to_100_is_refused()
    {
        Assert.Equal(0, Latencies.Percentile([], 95));
        Assert.Throws<ArgumentOutOfRangeException>(() => Latencies.Percentile([1.0], 0.95 * 200));
    }
}
