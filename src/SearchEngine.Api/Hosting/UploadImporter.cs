using System.Diagnostics;
using System.Text;
using SearchEngine.Api.Contracts;
using SearchEngine.Api.Errors;
using SearchEngine.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Runs an admin upload into a collection: the body is spooled to a temporary file (so its size is known
/// and capped before anything is indexed), then imported through the same writer the searches use.
/// One import at a time; a second one is refused rather than queued behind a long upload.
/// </summary>
public sealed partial class UploadImporter(EngineCatalog catalog, ApiOptions options, ILogger<UploadImporter> logger)
{
    /// <summary>JSON Lines trademark uploads are committed every this many lines, so a crash mid-upload keeps what came before.</summary>
    public const int TrademarkBatchLines = 2_000;

    private const int MaxProblemsShown = 50;
    /// <summary>Characters a batch of lines may hold before it is imported, whatever its line count.</summary>
    private const int MaxBatchChars = 16 * 1024 * 1024;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ImportResponse> ImportAsync(string collection, string? format, string? name, HttpRequest request, CancellationToken cancel)
    {
        collection = collection.Trim().ToLowerInvariant();
        if (collection is not ("trademarks" or "patents"))
        {
            throw ApiProblemException.BadRequest($"'collection' must be trademarks or patents, not '{collection}'");
        }

        if (request.ContentLength > options.MaxUploadBytes) throw TooLarge(request.ContentLength.Value);
        // A bad 'format' is refused before up to 64 MB are read and spooled.
        TrademarkFileFormat? trademarkFormat = collection == "trademarks" && !string.IsNullOrWhiteSpace(format) && format.Trim() != "auto"
            ? TrademarkFileFormats.Parse(format)
            : null;
        if (collection == "patents") CheckPatentFormat(format);
        if (!await _gate.WaitAsync(0, cancel))
        {
            throw new ApiProblemException(StatusCodes.Status409Conflict, "Conflict", "another import is running; retry when it has finished");
        }

        var spool = UploadSpool.NewFile();
        try
        {
            var bytes = await SpoolAsync(request.Body, spool, cancel);
            if (bytes == 0) throw ApiProblemException.BadRequest("the upload is empty");
            var started = Stopwatch.GetTimestamp();
            var label = string.IsNullOrWhiteSpace(name) ? "upload" : Path.GetFileName(name.Trim());
            LogStarted(logger, collection, label, bytes);
            var response = collection == "trademarks"
                ? ImportTrademarks(spool, trademarkFormat ?? TrademarkFileFormats.DetectFile(spool), label, bytes, started)
                : ImportPatents(spool, label, bytes, started);
            LogFinished(logger, collection, label, response.Imported, response.Skipped, response.Seconds);
            return response;
        }
        finally
        {
            File.Delete(spool);
            _gate.Release();
        }
    }

    private async Task<long> SpoolAsync(Stream body, string path, CancellationToken cancel)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancel)) > 0)
        {
            total += read;
            if (total > options.MaxUploadBytes) throw TooLarge(total);
            await file.WriteAsync(buffer.AsMemory(0, read), cancel);
        }

        return total;
    }

    private InputLimits Limits => new(options.MaxExpandedUploadBytes, options.MaxUploadLineBytes);

    private ApiProblemException TooLarge(long bytes) =>
        ApiProblemException.TooLarge($"the upload is {(bytes > options.MaxUploadBytes ? "over " : "")}{options.MaxUploadBytes:N0} bytes, the most this server accepts (SearchEngine:MaxUploadBytes)");

    private ImportResponse ImportTrademarks(string spool, TrademarkFileFormat format, string label, long bytes, long started)
    {
        var problems = new List<ImportProblemDto>();
        long imported = 0, skipped = 0;

        void Collect(ImportReport report, long lineOffset)
        {
            imported += report.Imported;
            skipped += report.Skipped;
            foreach (var p in report.Problems.Take(MaxProblemsShown - problems.Count))
            {
                problems.Add(new ImportProblemDto($"{(format is TrademarkFileFormat.JsonLines or TrademarkFileFormat.Csv ? "line" : "record")} {p.LineNumber + lineOffset}", p.Error ?? "skipped"));
            }
        }

        using var reader = TextFiles.Open(spool, Limits);
        if (format == TrademarkFileFormat.JsonLines)
        {
            // One JSON object a line, so the file can be cut at any line: each batch is committed on its own.
            var batch = new StringBuilder();
            long lineNumber = 0, batchStart = 0;
            var linesInBatch = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                batch.Append(line).Append('\n');
                if (++linesInBatch < TrademarkBatchLines && batch.Length < MaxBatchChars) continue;
                Collect(catalog.Trademarks.Import(new StringReader(batch.ToString()), format), batchStart);
                LogCommitted(logger, label, imported, lineNumber);
                batch.Clear();
                linesInBatch = 0;
                batchStart = lineNumber;
            }

            if (linesInBatch > 0)
            {
                Collect(catalog.Trademarks.Import(new StringReader(batch.ToString()), format), batchStart);
                LogCommitted(logger, label, imported, lineNumber);
            }
        }
        else
        {
            // CSV rows may span lines, so the file goes in whole; Import commits every 10,000 rows or 10 s itself.
            Collect(catalog.Trademarks.Import(reader, format, new CommitLog(p => LogCommitted(logger, label, p.Committed, -1))), 0);
        }

        // A bulk load leaves many segments, and fuzzy and n-gram candidate queries pay per segment.
        if (catalog.Trademarks.MergeAfterBulkImport(imported)) LogMerged(logger, label);
        return new ImportResponse("trademarks", format.Name(), bytes, imported, skipped,
            catalog.Trademarks.Count, Elapsed(started), problems);
    }

    // The importer recognises USPTO XML and WIPO Publish JSON Lines by content, so 'format' is only checked.
    private static void CheckPatentFormat(string? format)
    {
        if (!string.IsNullOrWhiteSpace(format) && format.Trim().ToLowerInvariant() is not ("jsonl" or "xml" or "uspto" or "auto"))
        {
            throw ApiProblemException.BadRequest($"patent uploads are USPTO grant XML or IP Viet Nam JSON Lines (recognised by content); 'format' may be jsonl, xml, uspto or auto, not '{format}'");
        }
    }

    private ImportResponse ImportPatents(string spool, string label, long bytes, long started)
    {
        using var stream = TextFiles.OpenStream(spool, Limits);
        var report = catalog.Patents.Import(stream, label, new CommitLog(p => LogCommitted(logger, label, p.Committed, -1)));
        var problems = report.Problems.Take(MaxProblemsShown).Select(p => new ImportProblemDto(p.Position, p.Message)).ToList();
        var formats = string.Join("+", report.ImportedByFormat.Keys.Select(k => k.ToString()));
        return new ImportResponse("patents", formats.Length == 0 ? "unrecognised" : formats, bytes, report.Imported, report.Failed + report.Skipped,
            catalog.Patents.Count, Elapsed(started), problems);
    }

    /// <summary>Reports synchronously, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class CommitLog(Action<ImportProgress> log) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => log(value);
    }

    private static double Elapsed(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 2);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import into {Collection} of {Name} ({Bytes} bytes) started")]
    private static partial void LogStarted(ILogger logger, string collection, string name, long bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {Name}: merged the trademark index into one segment")]
    private static partial void LogMerged(ILogger logger, string name);

    // The kill-during-import check reads this line: everything it counts is committed (durable) when it is written.
    [LoggerMessage(Level = LogLevel.Information, Message = "Import of {Name}: {Imported} records committed through line {Line}")]
    private static partial void LogCommitted(ILogger logger, string name, long imported, long line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import into {Collection} of {Name} finished: {Imported} imported, {Skipped} skipped in {Seconds} s")]
    private static partial void LogFinished(ILogger logger, string collection, string name, long imported, long skipped, double seconds);
}
