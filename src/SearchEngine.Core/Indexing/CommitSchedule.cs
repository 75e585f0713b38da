using System.Diagnostics;

namespace SearchEngine.Indexing;

/// <summary>
/// When an import commits: after <see cref="MaxRecords"/> records or <see cref="MaxDelay"/>, whichever
/// comes first, so a crash loses at most that much and the progress it printed stays true.
/// </summary>
internal sealed class CommitSchedule(int maxRecords = CommitSchedule.DefaultMaxRecords, TimeSpan? maxDelay = null)
{
    public const int DefaultMaxRecords = 10_000;
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromSeconds(10);

    public int MaxRecords { get; } = maxRecords;

    public TimeSpan MaxDelay { get; } = maxDelay ?? DefaultMaxDelay;

    private long _pending;
    private long _since = Stopwatch.GetTimestamp();

    /// <summary>Records committed so far through this schedule.</summary>
    public long Committed { get; private set; }

    public void Added(long records = 1) => _pending += records;

    public bool Due => _pending >= MaxRecords || (_pending > 0 && Stopwatch.GetElapsedTime(_since) >= MaxDelay);

    public bool TimeIsUp => Stopwatch.GetElapsedTime(_since) >= MaxDelay;

    public void Done()
    {
        Committed += _pending;
        _pending = 0;
        _since = Stopwatch.GetTimestamp();
    }
}

/// <summary>An import's progress: records read so far and how many of them are committed (survive a crash).</summary>
public readonly record struct ImportProgress(long Read, long Committed, string? Source = null);
