using SearchEngine.Indexing;
using SearchEngine.Patents.Indexing;

namespace SearchEngine.Patents.Import;

/// <summary>
/// Feeds parsed records into the index: a record with a number already in the index replaces it,
/// bad records are reported and skipped, and the index is committed every 10,000 records or 10 s and at
/// the end, so an interrupted import keeps every batch committed before it. Progress is reported after each
/// commit and at the end of each file, counting the run's records read and committed so far.
/// </summary>
internal sealed class PatentImporter(IndexStore store, IProgress<ImportProgress>? progress = null)
{
    private readonly CommitSchedule _schedule = new();
    private long _read;
    private string _source = "";

    public void ImportPaths(IEnumerable<string> paths, ImportReport report)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (Path.GetFileName(file).StartsWith('.') || file.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;
                    ImportFile(file, report);
                }
            }
            else if (File.Exists(path))
            {
                ImportFile(path, report);
            }
            else
            {
                throw new SearchEngineException($"no such file or folder: {path}");
            }
        }

        Commit();
    }

    public void ImportStream(Stream stream, string name, ImportReport report)
    {
        report.CountFile();
        Consume(stream, name, report);
        Commit();
    }

    public void AddRecords(IEnumerable<PatentRecord> records, ImportReport report)
    {
        foreach (var r in records) Add(r, PatentSourceFormat.Generated, report);
        Commit();
    }

    private void ImportFile(string file, ImportReport report)
    {
        report.CountFile();
        using var stream = File.OpenRead(file);
        Consume(stream, file, report);
        Report();
    }

    private void Consume(Stream stream, string name, ImportReport report)
    {
        _source = name;
        PatentSourceFormat? format = null;
        try
        {
            foreach (var item in PatentSourceReader.Read(stream, name, f => format = f))
            {
                if (item.Problem is { } p) report.Add(p);
                else if (item.Record is { } r) Add(r, format!.Value, report);
                else report.CountSkipped();
            }
        }
        catch (SearchEngineException e) when (e is not InputLimitException)
        {
            report.Add(new ImportProblem(name, "file", e.Message));
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // A truncated gzip or unreadable file: keep what came before, say where it stopped.
            report.Add(new ImportProblem(name, "file", $"could not read further: {e.Message}"));
        }
    }

    private void Add(PatentRecord record, PatentSourceFormat format, ImportReport report)
    {
        store.Upsert(PatentDocument.Key(record.Number), PatentDocument.Build(record));
        report.CountImported(format);
        _read++;
        _schedule.Added();
        if (_schedule.Due) Commit();
    }

    private void Commit()
    {
        store.Commit();
        _schedule.Done();
        Report();
    }

    private void Report() => progress?.Report(new ImportProgress(_read, _schedule.Committed, _source));
}
