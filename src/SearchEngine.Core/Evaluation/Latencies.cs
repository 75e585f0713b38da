namespace SearchEngine.Evaluation;

/// <summary>
/// Percentiles of measured latencies by nearest rank (the smallest value with at least p % of the values at
/// or below it), so every eval, probe and load command reports p50/p95 the same way and the figures compare.
/// </summary>
public static class Latencies
{
    /// <param name="values">Latencies in any order.</param>
    /// <param name="percent">0–100, e.g. 95 for p95.</param>
    /// <returns>The percentile, or 0 when there are no values.</returns>
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
