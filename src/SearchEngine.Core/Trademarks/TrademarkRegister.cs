using SearchEngine.Indexing;

namespace SearchEngine.Trademarks;

/// <summary>
/// The trademark register as the hosts (CLI, API) see it: import, look up, count, and conflict search.
/// Opened writable it holds the index's write lock; opened read-only it sees each commit on the next search.
/// Thread-safe for concurrent searches.
/// </summary>
public sealed class TrademarkRegister : IDisposable
{
    /// <summary>Records built and indexed together, in parallel; at most this many are uncommitted (see <see cref="CommitSchedule"/>).</summary>
    private const int BatchSize = CommitSchedule.MaxRecords;

    private readonly TrademarkIndex _index;

    private TrademarkRegister(TrademarkIndex index, IndexLayout layout)
    {
        _index = index;
        Layout = layout;
    }

    public IndexLayout Layout { get; }

    public bool IsWritable => _index.IsWritable;

    public static TrademarkRegister Open(IndexLayout layout, bool writable) => new(TrademarkIndex.Open(layout.Trademarks, writable), layout);

    /// <summary>True when the layout already holds a trademark index (possibly empty).</summary>
    public static bool Exists(IndexLayout layout) => TrademarkIndex.Exists(layout.Trademarks);

    public int Count
    {
        get
        {
            _index.Refresh();
            return _index.Count;
        }
    }

    // Numbers are stored trimmed (TrademarkRecord), so look-ups trim too.
    private static string Key(string number) =>
        string.IsNullOrWhiteSpace(number) ? throw new SearchEngineException("the number is empty") : number.Trim();

    public Trademark? Get(string number)
    {
        _index.Refresh();
        return _index.Get(Key(number));
    }

    /// <summary>
    /// Imports every good line of a register file, skipping bad ones with their reason; a record whose
    /// number is already present replaces it. Commits every 10,000 records or 10 s and at the end; each
    /// progress report comes after a commit, so the records it counts as committed survive a crash.
    /// </summary>
    public ImportReport Import(TextReader reader, TrademarkFileFormat format, IProgress<ImportProgress>? progress = null, ImportReport? report = null)
    {
        RequireWritable();
        report ??= new ImportReport();
        var schedule = new CommitSchedule();
        var batch = new List<Trademark>(BatchSize);
        void Flush()
        {
            _index.UpsertMany(batch);
            schedule.Added(batch.Count);
            batch.Clear();
            _index.Commit();
            schedule.Done();
            progress?.Report(new ImportProgress(report.Imported, report.Imported)); // every record read so far is in this commit
        }

        long lastLine = 0;
        using var lines = TrademarkFileReader.Read(reader, format).GetEnumerator();
        while (true)
        {
            try
            {
                if (!lines.MoveNext()) break;
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                // A cut-off or corrupt file (a truncated .gz upload): the lines read so far are good and are
                // committed below; the rest cannot be read, which the report says instead of failing the import.
                report.CountSkipped(new ImportLine(lastLine + 1, null, $"the file cannot be read from here on: {e.Message}"));
                break;
            }

            var line = lines.Current;
            lastLine = line.LineNumber;
            if (line.Trademark is null)
            {
                report.CountSkipped(line);
                continue;
            }

            batch.Add(line.Trademark);
            report.CountImported();
            if (batch.Count == BatchSize || schedule.TimeIsUp) Flush();
        }

        if (batch.Count > 0) Flush();
        _index.Commit();
        return report;
    }

    /// <summary>Imports a file (.jsonl or .csv, optionally gzipped).</summary>
    public ImportReport ImportFile(string path, IProgress<ImportProgress>? progress = null, ImportReport? report = null)
    {
        if (!File.Exists(path)) throw new SearchEngineException($"no such file: {path}");
        using var reader = TextFiles.Open(path);
        return Import(reader, TrademarkFileFormats.FromFileName(path), progress, report);
    }

    /// <summary>
    /// After a bulk load (at least a tenth of the register imported at once), merges the index into one
    /// segment and returns true. Conflict search walks term dictionaries (fuzzy and n-gram queries) once per
    /// segment: at a million marks the fifteen segments an import leaves make it about twice as slow.
    /// Smaller imports leave the merging to Lucene's policy, so adding a few marks never rewrites the index.
    /// </summary>
    public bool MergeAfterBulkImport(long imported)
    {
        RequireWritable();
        _index.Refresh();
        if (imported * 10 < _index.Count || _index.SegmentCount <= 1) return false;
        _index.MergeSegments(1);
        return true;
    }

    /// <summary>Adds or replaces one record and commits it; the record is checked (and trimmed) as an imported line is.</summary>
    public void Upsert(Trademark trademark)
    {
        RequireWritable();
        _index.Upsert(TrademarkRecord.From(trademark).ToTrademark());
        _index.Commit();
    }

    /// <summary>Deletes a record by number and commits; returns whether it was there.</summary>
    public bool Delete(string number)
    {
        RequireWritable();
        number = Key(number);
        var existed = _index.Get(number) is not null;
        _index.Delete(number);
        _index.Commit();
        return existed;
    }

    public ConflictResult Search(ConflictQuery query)
    {
        _index.Refresh();
        return ConflictSearch.Run(_index, query);
    }

    private void RequireWritable()
    {
        if (!_index.IsWritable) throw new SearchEngineException("the register was opened read-only");
    }

    internal TrademarkIndex Index => _index;

    /// <summary>Index files verified at open that changed on disk since (a damaged index must stop being served).</summary>
    public IReadOnlyList<string> FilesChangedOnDisk() => _index.Store.ChangedSinceVerified();

    /// <summary>Pins the last commit for a backup (see <see cref="IndexBackup"/>); imports may go on meanwhile.</summary>
    public IndexSnapshot Snapshot() => _index.Store.Snapshot();

    public void Dispose() => _index.Dispose();
}
