using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SearchEngine.Indexing;
using SearchEngine.Trademarks.Candidates;
using SearchEngine.Trademarks.Evaluation;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Conflict search latency on an existing register index. Point it at an index with
/// <c>SEARCHENGINE_TM_INDEX</c> (the root given to <c>import trademarks --index</c>), and at an evaluation
/// query file with <c>SEARCHENGINE_TM_QUERIES</c>; without them it builds the shipped 10,000-mark sample in a
/// temporary folder and searches altered copies of its marks. Each invocation runs one query, cycling
/// through the query list, so the mean is the mean time per query (per-query p50/p95 come from
/// <c>eval trademarks</c>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class TrademarkSearchBenchmarks
{
    private sealed class InProcessShortConfig : ManualConfig
    {
        public InProcessShortConfig()
        {
            // 32 queries an iteration and twenty warm-up iterations (640 queries): with tiered compilation a method
            // is optimised only after some 60 calls. Left to itself the pilot chose one query an iteration at 1M
            // (the first, cold query is slow), and with three warm-ups the measured iterations were still getting
            // faster (15.7 ms to 4.4 ms on the 33K register): the mean was that of the JIT warming up.
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1)
                .WithInvocationCount(32).WithWarmupCount(20).WithIterationCount(20));
            AddColumn(StatisticColumn.P95);
        }
    }

    private TrademarkRegister? _register;
    private string? _temporary;
    private ConflictQuery[] _queries = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("SEARCHENGINE_TM_INDEX");
        if (string.IsNullOrEmpty(root))
        {
            _temporary = root = Path.Combine(Path.GetTempPath(), "se-tm-bench-" + Guid.NewGuid().ToString("N"));
            using var writer = TrademarkRegister.Open(new IndexLayout(root), writable: true);
            TrademarkSample.ImportInto(writer);
        }

        _register = TrademarkRegister.Open(new IndexLayout(root), writable: false);
        var file = Environment.GetEnvironmentVariable("SEARCHENGINE_TM_QUERIES");
        _queries = !string.IsNullOrEmpty(file)
            ? EvaluationQuery.ReadFile(file).Select(q => q.ToConflictQuery(10)).ToArray()
            : SampleQueries().ToArray();
        Console.WriteLine($"// trademark register: {_register.Count:N0} marks, {_queries.Length} queries");
    }

    /// <summary>Marks of the sample with one letter dropped, swapped or their marks stripped.</summary>
    private static IEnumerable<ConflictQuery> SampleQueries()
    {
        using var reader = TrademarkSample.Open();
        var random = new Random(1);
        var marks = TrademarkFileReader.Read(reader, TrademarkFileFormat.JsonLines).Select(l => l.Trademark!.Mark).Where((_, i) => i % 50 == 0).ToList();
        foreach (var mark in marks)
        {
            var text = random.Next(3) switch
            {
                0 when mark.Length > 3 => mark.Remove(random.Next(1, mark.Length), 1),
                1 => SearchEngine.Text.TextNormalizer.Fold(mark),
                _ => mark.ToUpperInvariant(),
            };
            yield return new ConflictQuery { Mark = text, Statuses = MarkStatuses.All, Top = 10 };
        }
    }

    [Benchmark]
    public int ConflictSearch()
    {
        var q = _queries[_next++ % _queries.Length];
        return _register!.Search(q).Hits.Count;
    }

    /// <summary>
    /// The element strategy alone (issue 15): the query's elements weighed against the register, the element
    /// query built and its 60 best candidates collected; <see cref="BaselineFuzzy"/> is the yardstick.
    /// </summary>
    [Benchmark]
    public int ElementStrategy()
    {
        var q = _queries[_next++ % _queries.Length];
        var profile = new MarkProfile(MarkText.Parse(q.Mark), []);
        return _register!.Index.Search(searcher =>
        {
            var elements = new SearchEngine.Trademarks.Elements.ElementContext(profile, new SearchEngine.Trademarks.Elements.ElementStatistics(searcher.IndexReader));
            var query = CandidateGenerator.Build(CandidateStrategy.Elements, profile, null, elements.Query);
            return query is null ? 0 : searcher.Search(query, SearchEngine.Trademarks.ConflictSearch.PerStrategy).ScoreDocs.Length;
        });
    }

    /// <summary>A plain Lucene FuzzyQuery (two edits) on the lower-cased mark, as <c>eval --baseline</c> runs it.</summary>
    [Benchmark(Baseline = true)]
    public int BaselineFuzzy()
    {
        var q = _queries[_next++ % _queries.Length];
        return BaselineSearch.Run(_register!.Index, q.Mark, 10).Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _register?.Dispose();
        if (_temporary is not null) Directory.Delete(_temporary, recursive: true);
    }
}
