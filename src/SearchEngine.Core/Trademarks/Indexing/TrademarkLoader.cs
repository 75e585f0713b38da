using SearchEngine.Indexing;
using SearchEngine.Trademarks.Indexing;

namespace SearchEngine.Trademarks.Indexing;

/// <summary>
/// Streams an import's records into the index on every core and commits behind them. Records come in
/// chunks (file order); a chunk's documents are built and inverted in parallel, and the next chunk starts only
/// when the last one is in the writer, so a later record with the same number always replaces an earlier one.
/// A number the register did not hold when the import began, and that the import has not brought before, is
/// added without a delete: at a million new marks the writer otherwise resolves a million deletes that match
/// nothing. Commits run in the background while the next chunks are indexed (the writer takes documents during
/// a commit); a commit covers every record added before it began, and only once it has returned (fsync'd) does
/// the progress say so. Loading into an empty register, segments are not merged until the import ends: the
/// import is a bulk load, which <see cref="TrademarkRegister.MergeAfterBulkImport"/> merges once at the end.
/// </summary>
internal sealed class TrademarkLoader : IDisposable
{
    private readonly TrademarkIndex _index;
    private readonly CommitSchedule _schedule;
    private readonly IProgress<ImportProgress>? _progress;
    private readonly HashSet<int> _brought = [];
    private Task? _commit;
    private long _added;

    public TrademarkLoader(TrademarkIndex index, CommitSchedule schedule, IProgress<ImportProgress>? progress)
    {
        _index = index;
        _schedule = schedule;
        _progress = progress;
        _index.Refresh();
        _registerWasEmpty = _index.Count == 0;
        _mergesSuspended = _registerWasEmpty ? _index.SuspendMerges() : null;
    }

    private readonly bool _registerWasEmpty;
    private readonly IDisposable? _mergesSuspended;
    private long _reported = -1;

    /// <summary>Records added to the writer so far (a prefix of the import, in file order).</summary>
    public long Added => Interlocked.Read(ref _added);

    /// <summary>Adds a chunk (its last record of each number wins), then commits in the background if one is due.</summary>
    public void Add(IReadOnlyList<Trademark> chunk)
    {
        RethrowCommitFailure();
        var last = new Dictionary<string, int>(chunk.Count, StringComparer.Ordinal);
        for (var i = 0; i < chunk.Count; i++) last[chunk[i].Number] = i;
        var records = new List<(Trademark Record, bool MayExist)>(last.Count);
        for (var i = 0; i < chunk.Count; i++)
        {
            var t = chunk[i];
            if (last[t.Number] != i) continue;
            // A hash seen before means "maybe brought already": a collision costs a needless delete, never a duplicate.
            var broughtBefore = !_brought.Add(StringComparer.Ordinal.GetHashCode(t.Number));
            records.Add((t, broughtBefore || (!_registerWasEmpty && _index.Contains(t.Number))));
        }

        _index.AddMany(records);
        Interlocked.Add(ref _added, chunk.Count);
        _schedule.Added(chunk.Count);
        if (_schedule.Due && _commit is not { IsCompleted: false }) StartCommit();
    }

    /// <summary>True when the time between commits is up and a commit can start, so a slow source should hand over what it has.</summary>
    public bool TimeIsUp => _schedule.TimeIsUp && _commit is not { IsCompleted: false };

    /// <summary>Waits for a running commit, commits the rest and reports the whole import committed.</summary>
    public void Finish()
    {
        try
        {
            _commit?.GetAwaiter().GetResult();
        }
        finally
        {
            _commit = null;
        }

        var all = Added;
        if (Interlocked.Read(ref _reported) == all) return; // the last background commit took everything
        _index.Commit();
        _schedule.Done();
        Report(all, all);
    }

    private void Report(long read, long committed)
    {
        Interlocked.Exchange(ref _reported, committed);
        _progress?.Report(new ImportProgress(read, committed));
    }

    /// <summary>Waits for a commit still running; its failure is left to <see cref="Finish"/> (after another failure it would only hide that one).</summary>
    public void WaitForCommit()
    {
        try
        {
            _commit?.Wait();
        }
        catch (AggregateException)
        {
        }
        finally
        {
            _commit = null;
        }
    }

    private void StartCommit()
    {
        RethrowCommitFailure();
        var upTo = Added;
        _schedule.Done();
        _commit = Task.Run(() =>
        {
            _index.Commit();
            Report(Added, upTo);
        });
    }

    /// <summary>Waits for a running commit and lets segments merge again.</summary>
    public void Dispose()
    {
        WaitForCommit();
        _mergesSuspended?.Dispose();
    }

    private void RethrowCommitFailure()
    {
        if (_commit is { IsCompleted: true } done)
        {
            _commit = null;
            done.GetAwaiter().GetResult();
        }
    }
}
