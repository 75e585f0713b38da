using System.Globalization;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Patents.Evaluation;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine patents latency --index DIR [--queries 200]</c>: p50/p95 per kind of query, drawn from the index's own words.</summary>
public sealed class PatentLatencyVerb : IVerb
{
    public string Name => "patents latency";
    public string Usage => "patents latency --index DIR [--queries 200] [--seed 7] [--slowest]   (p50/p95 of field, boolean, proximity, wildcard, filter and like-this queries)";
    public IReadOnlyCollection<string> ValueOptions => ["index", "queries", "seed"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Require("index"));
        var perKind = args.GetInt("queries", 200, 1, 100_000);
        var seed = args.GetInt("seed", 7);
        var showSlowest = args.Has("slowest");
        args.RejectUnknown();
        using var library = PatentLibrary.Open(layout, writable: false);
        var sample = library.Sample(perKind * 2, seed);
        console.Out.WriteLine($"index: {library.Count} documents; {perKind} queries per kind drawn from {sample.Count} documents; {Environment.ProcessorCount} cores");
        // The same queries without and with cross-lingual expansion (the default search), side by side.
        var plain = LatencyProbe.Measure(library, sample, perKind, seed, translate: false);
        var expanded = LatencyProbe.Measure(library, sample, perKind, seed, translate: true);
        console.Out.WriteLine($"{"",-34} {"without translation",-27} {"with translation",-27}");
        console.Out.WriteLine($"{"query kind",-28} {"n",5} {"p50 ms",8} {"p95 ms",8} {"hits",9} {"p50 ms",8} {"p95 ms",8} {"hits",9} {"p95 ratio",9}");
        foreach (var (p, e) in plain.Zip(expanded))
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Kind,-28} {p.Queries,5} {p.P50Ms,8:0.0} {p.P95Ms,8:0.0} {p.MeanHits,9:0} {e.P50Ms,8:0.0} {e.P95Ms,8:0.0} {e.MeanHits,9:0} {e.P95Ms / Math.Max(p.P95Ms, 0.001),8:0.00}x"));
        }

        if (showSlowest)
        {
            console.Out.WriteLine("slowest queries with translation:");
            foreach (var e in expanded)
            {
                foreach (var (query, ms) in e.Slowest) console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.Kind,-28} {ms,8:0.0} ms  {query}"));
            }
        }

        return 0;
    }
}
