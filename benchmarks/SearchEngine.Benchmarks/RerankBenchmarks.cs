using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using SearchEngine.Ranking;

namespace SearchEngine.Benchmarks;

/// <summary>
/// The latency reranking adds to one search: scoring 100 candidates with a model of the shipped size
/// (200 trees × 16 leaves over 24 features) and reordering them. Goal: p95 ≤ 5 ms.
/// Run: dotnet run -c Release --project benchmarks/SearchEngine.Benchmarks -- --filter '*Rerank*'
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class RerankBenchmarks
{
    private const int FeatureCount = 24;

    private RerankerModel _model = null!;
    private List<float[]> _candidates = null!;

    [Params(100)]
    public int Candidates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var groups = Enumerable.Range(0, 300).Select(q => new RankingGroup($"q{q}", Enumerable.Range(0, 100).Select(c =>
        {
            var features = Enumerable.Range(0, FeatureCount).Select(_ => random.NextSingle()).ToArray();
            var grade = features[1] + features[2] * features[3] > 1.2f ? 4 : 0;
            return new RankingCandidate($"{q}-{c}", features, features[0] * 100, grade);
        }).ToList())).ToList();
        var names = Enumerable.Range(0, FeatureCount).Select(i => $"f{i}").ToList();
        var data = new RankingDataset("trademarks", "bench", names, groups);
        _model = RerankerTrainer.Train(data, new TrainingOptions { ImportancePermutations = 1 }, DateTimeOffset.UtcNow).Model;
        _candidates = groups[0].Candidates.Take(Candidates).Select(c => c.Features).ToList();
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
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(15));
            AddColumn(StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
