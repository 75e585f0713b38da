using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SearchEngine.Patents;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Patent search on the bundled sample (681 documents) or, with PATENT_BENCH_INDEX set to an index root
/// (e.g. one built by <c>searchengine patents synth</c>), on that index: a field query with an IPC filter,
/// a proximity query, free text, and like-this on a pasted abstract; each returns a page of 10 with
/// passages and facets.
/// Run: dotnet run -c Release --project benchmarks/SearchEngine.Benchmarks -- --filter '*Patent*'
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class PatentSearchBenchmarks
{
    private const string Abstract =
        "A battery module includes a plurality of battery cells stacked in one direction, a cooling plate under the cells, " +
        "and a housing with a thermally conductive adhesive between the cells and the cooling plate.";

    private string? _tempRoot;
    private PatentLibrary _library = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("PATENT_BENCH_INDEX");
        if (root is null)
        {
            _tempRoot = Path.Combine(Path.GetTempPath(), "se-patent-bench-" + Guid.NewGuid().ToString("N"));
            using (var writable = PatentLibrary.Open(Path.Combine(_tempRoot, "patents"), writable: true)) PatentSample.ImportInto(writable);
            root = _tempRoot;
        }

        _library = PatentLibrary.Open(Path.Combine(root, "patents"), writable: false);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _library.Dispose();
        if (_tempRoot is not null) Directory.Delete(_tempRoot, true);
    }

    [Benchmark]
    public int FieldQueryWithIpcFilter() => _library.Search(new PatentQuery("TI:(battery OR pin) AND IC:H01M")).Total;

    [Benchmark]
    public int Proximity() => _library.Search(new PatentQuery("battery NEAR5 electrode*")).Total;

    [Benchmark]
    public int FreeTextVietnamese() => _library.Search(new PatentQuery("phuong phap giai ma video")).Total;

    [Benchmark]
    public int LikeThis() => _library.Similar(Abstract, 10).Total;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(10));
            AddColumn(StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
