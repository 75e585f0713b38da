using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SearchEngine.Ranking;

namespace SearchEngine.Benchmarks;

/// <summary>
/// The latency reranking adds to one search: the shipped default trademark model (LightGBM LambdaRank,
/// 200 trees × 16 leaves) scores 100 candidates' feature rows and they are reordered. Goal: p95 ≤ 5 ms.
/// Run: dotnet run -c Release --project benchmarks/SearchEngine.Benchmarks -- --filter '*Rerank*'
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class RerankBenchmarks
{
    private RerankerModel _model = null!;
    private List<float[]> _candidates = null!;

    [Params(100)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = DefaultModels.ShippedTrademarkModel() ?? throw new InvalidOperationException("the shipped trademark model is missing");
        var random = new Random(42);
        var width = _model.Metadata.FeatureNames.Count;
        // Feature values spread over [0, 1] so every tree is walked to varied depths, as real rows are.
        _candidates = Enumerable.Range(0, Candidates).Select(_ => Enumerable.Range(0, width).Select(_ => random.NextSingle()).ToArray()).ToList();
    }

    [Benchmark]
    public int[] RerankTop100()
    {
        var scores = _model.Score(_candidates);
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(scores, order, Comparer<float>.Create((a, b) => b.CompareTo(a)));
        return order;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: no separate build of the benchmark project, which times out on a busy shared machine.
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(15).WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
