using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SearchEngine.Indexing;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Where an import's time goes, stage by stage, over the same records: parsing and checking the JSON lines,
/// preparing each mark's Lucene document (its analysis: forms, phonetic keys, elements, concepts, the stored
/// record and comparison profile), and the whole import into a fresh index (documents inverted by Lucene,
/// committed, but not merged). The difference between the last and the first two is Lucene's share.
/// Records: the file named by <c>SEARCHENGINE_TM_REGISTER</c> (JSON Lines, plain or .gz; its first
/// <c>SEARCHENGINE_TM_RECORDS</c> lines, 20,000 by default), else the shipped 10,000-mark sample.
/// Each benchmark is one pass over all the records; divide the mean by the record count for a record's cost.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Passes))]
public class TrademarkImportBenchmarks
{
    /// <summary>A pass takes seconds: two warm-up passes and five measured ones say enough, in this process.</summary>
    private sealed class Passes : ManualConfig
    {
        public Passes() => AddJob(new Job
        {
            Run = { LaunchCount = 1, WarmupCount = 2, IterationCount = 5, InvocationCount = 1, UnrollFactor = 1 },
            Infrastructure = { Toolchain = InProcessEmitToolchain.Instance },
        });
    }

    private string[] _lines = [];
    private Trademark[] _records = [];
    private string? _folder;

    [GlobalSetup]
    public void Setup()
    {
        var file = Environment.GetEnvironmentVariable("SEARCHENGINE_TM_REGISTER");
        var count = int.TryParse(Environment.GetEnvironmentVariable("SEARCHENGINE_TM_RECORDS"), out var n) ? n : 20_000;
        using var reader = string.IsNullOrEmpty(file) ? TrademarkSample.Open() : TextFiles.Open(file);
        var lines = new List<string>();
        while (lines.Count < count && reader.ReadLine() is { } line) lines.Add(line);
        _lines = [.. lines];
        _records = [.. TrademarkFileReader.Read(new StringReader(string.Join('\n', _lines)), TrademarkFileFormat.JsonLines).Select(l => l.Trademark!)];
        Console.WriteLine($"// {_records.Length:N0} records, {Environment.ProcessorCount} cores");
    }

    /// <summary>JSON lines to checked trademarks, on every core (as an import reads them).</summary>
    [Benchmark]
    public int Parse() => TrademarkFileReader.Read(new StringReader(string.Join('\n', _lines)), TrademarkFileFormat.JsonLines).Count(l => l.Trademark is not null);

    /// <summary>Each record's document prepared (analysis of the mark), on one core, as an import's thread does.</summary>
    [Benchmark]
    public int PrepareDocuments()
    {
        var builder = new TrademarkDocumentBuilder();
        var fields = 0;
        foreach (var t in _records) fields += builder.Build(t).Count();
        return fields;
    }

    /// <summary>The whole import into a fresh index: read, parse, prepare, invert, commit (no final merge).</summary>
    [Benchmark]
    public long ImportIntoFreshIndex()
    {
        using var register = TrademarkRegister.Open(new IndexLayout(_folder!), writable: true);
        return register.Import(new StringReader(string.Join('\n', _lines)), TrademarkFileFormat.JsonLines).Imported;
    }

    [IterationSetup(Target = nameof(ImportIntoFreshIndex))]
    public void FreshFolder() => _folder = Path.Combine(Path.GetTempPath(), "se-tm-import-bench-" + Guid.NewGuid().ToString("N"));

    [IterationCleanup(Target = nameof(ImportIntoFreshIndex))]
    public void RemoveFolder()
    {
        if (_folder is not null && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
