using System.Globalization;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Patents.Evaluation;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine patents coherence --index DIR [--k 10]</c>: like-this topical coherence against random ranking.</summary>
public sealed class PatentCoherenceVerb : IVerb
{
    public string Name => "patents coherence";
    public string Usage => "patents coherence --index DIR [--k 10]   (like-this on each US utility grant's abstract: IPC-subclass share vs random)";
    public IReadOnlyCollection<string> ValueOptions => ["index", "k"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Require("index"));
        var k = args.GetInt("k", 10, 1, PatentLibrary.MaxPageSize);
        args.RejectUnknown();
        using var library = PatentLibrary.Open(layout, writable: false);
        var f = TopicalCoherence.Measure(library, k);
        var ci = CultureInfo.InvariantCulture;
        console.Out.WriteLine(string.Create(ci, $"US utility grants queried: {f.Queries} (abstract as pasted text, the grant itself excluded); {f.WithHits} returned hits"));
        console.Out.WriteLine(string.Create(ci, $"share of top-{k} hits sharing an IPC subclass with the query grant: like-this {f.LikeThisShare:0.000}, random ranking {f.RandomShare:0.000} ({f.LikeThisShare / Math.Max(f.RandomShare, 1e-9):0.0}x)"));
        console.Out.WriteLine(string.Create(ci, $"like-this latency: p50 {f.P50Ms:0.0} ms, p95 {f.P95Ms:0.0} ms"));
        return 0;
    }
}
