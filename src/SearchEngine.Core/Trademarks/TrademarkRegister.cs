using SearchEngine.Indexing;
using SearchEngine.Trademarks.Indexing;

namespace SearchEngine.Trademarks;

/// <summary>
/// The trademark register as the hosts (CLI, API) see it: import, look up, count, and conflict search.
/// Opened writable it holds the index's write lock; opened read-only it sees each commit on the next search.
/// Thread-safe for concurrent searches.
/// </summary>
public sealed class TrademarkRegister : IDisposable
{
    /// <summary>Records between commits during an import: a crash loses at most this many (or <see cref="CommitInterval"/>'s worth).</summary>
    public const int CommitEvery = 100_000;

    /// <summary>Longest time between commits during an import, however slowly records arrive.</summary>
    public static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(10);

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
    /// Imports every good record of a register file, skipping bad ones with their reason; a record whose
    /// number is already present replaces it. Commits every <see cref="CommitEvery"/> records or
    /// <see cref="CommitInterval"/>, and at the end; <paramref name="progress"/> hears after each commit.
    /// </summary>
    public ImportReport Import(TextReader reader, TrademarkFileFormat format, IProgress<ImportProgress>? progress = null, ImportReport? report = null, string? name = null)
    {
        RequireWritable();
        return ImportLines(TrademarkFileReader.Read(reader, format, name), progress, report ?? new ImportReport());
    }

    /// <summary>
    /// Imports a file (its format told by its content, gzipped or not) or every file of a folder (a crawl of
    /// WIPO Publish pages, one record a file); a folder's skipped records name their file.
    /// </summary>
    public ImportReport ImportFile(string path, IProgress<ImportProgress>? progress = null, ImportReport? report = null)
    {
        RequireWritable();
        report ??= new ImportReport();
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path).Order(StringComparer.Ordinal);
            return ImportLines(files.SelectMany(f => ReadFile(f, Path.GetFileName(f) + ": ")), progress, report);
        }

        if (!File.Exists(path)) throw new SearchEngineException($"no such file or folder: {path}");
        return ImportLines(ReadFile(path, ""), progress, report);
    }

    private static IEnumerable<ImportLine> ReadFile(string path, string prefix)
    {
        var format = TrademarkFileFormats.DetectFile(path);
        using var reader = TextFiles.Open(path);
        foreach (var line in TrademarkFileReader.Read(reader, format, Path.GetFileName(path)))
        {
            yield return line.Error is null || prefix.Length == 0 ? line : line with { Error = prefix + line.Error };
        }
    }

    /// <summary>Records handed to the writer together: large enough that both cores stay busy, small enough to commit on time.</summary>
    private const int Chunk = 2048;

    /// <summary>When imports commit; tests shorten it.</summary>
    internal Func<CommitSchedule> CommitPolicy { get; set; } = () => new CommitSchedule(CommitEvery, CommitInterval);

    private ImportReport ImportLines(IEnumerable<ImportLine> records, IProgress<ImportProgress>? progress, ImportReport report)
    {
        lock (_writing)
        {
            using var loader = new TrademarkLoader(_index, CommitPolicy(), progress);
            var chunk = new List<Trademark>(Chunk);
            long lastLine = 0;
            using var lines = records.GetEnumerator();
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
                if (line.Trademark is null) report.CountSkipped(line);
                else
                {
                    chunk.Add(line.Trademark);
                    report.CountImported();
                }

                if (chunk.Count >= Chunk || (chunk.Count > 0 && loader.TimeIsUp))
                {
                    loader.Add(chunk);
                    chunk.Clear();
                }
            }

            if (chunk.Count > 0) loader.Add(chunk);
            loader.Finish();

            return report;
        }
    }

    private readonly object _writing = new();

    /// <summary>
    /// Writes every record as a line of register JSON Lines, the import format, streaming from one point-in-time
    /// view of the index (memory stays flat however large the register). Returns the number written.
    /// </summary>
    public long Export(TextWriter writer)
    {
        long n = 0;
        foreach (var json in ExportLines())
        {
            writer.Write(json);
            writer.Write('\n');
            n++;
        }

        return n;
    }

    /// <summary>The register's records as lines of JSON Lines (without line ends), streamed from one point-in-time view.</summary>
    public IEnumerable<string> ExportLines()
    {
        _index.Refresh();
        return _index.AllRecords();
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
        lock (_writing)
        {
            _index.Upsert(TrademarkRecord.From(trademark).ToTrademark());
            _index.Commit();
        }
    }

    /// <summary>Deletes a record by number and commits; returns whether it was there.</summary>
    public bool Delete(string number)
    {
        RequireWritable();
        number = Key(number);
        lock (_writing)
        {
            var existed = _index.Get(number) is not null;
            _index.Delete(number);
            _index.Commit();
            return existed;
        }
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
