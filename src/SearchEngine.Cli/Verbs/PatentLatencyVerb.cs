using System.Globalization;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Patents.Evaluation;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine patents latency --index DIR [--queries 200]</c>: p50/p95 per kind of query, drawn from the index's own words.</summary>
public sealed class PatentLatencyVerb : IVerb
{
    public string Name => "patents latency";
    public string Usage => "patents latency --index DIR [--queries 200] [--seed 7]   (p50/p95 of field, boolean, proximity, wildcard, filter and like-this queries)";
    public IReadOnlyCollection<string> ValueOptions => ["index", "queries", "seed"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Require("index"));
        var perKind = args.GetInt("queries", 200, 1, 100_000);
        var seed = args.GetInt("seed", 7);
        args.RejectUnknown();
        using var library = PatentLibrary.Open(layout, writable: false);
        var sample = library.Sample(perKind * 2, seed);
        console.Out.WriteLine($"index: {library.Count} documents; {perKind} queries per kind drawn from {sample.Count} documents; {Environment.ProcessorCount} cores");
        console.Out.WriteLine($"{"query kind",-28} {"n",5} {"p50 ms",8} {"p95 ms",8} {"mean hits",10}");
        foreach (var f in LatencyProbe.Measure(library, sample, perKind, seed))
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f.Kind,-28} {f.Queries,5} {f.P50Ms,8:0.0} {f.P95Ms,8:0.0} {f.MeanHits,10:0}"));
        }

        return 0;
    }
}
