using System.Globalization;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Patents.Evaluation;
using SearchEngine.Ranking;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine eval patents --index DIR --queries FILE [--k 10] [--rerank]</c>. The last line is
/// exactly <c>recall@10=0.960 mrr=0.900 n=447</c> (the reranked figures when a model was used).
/// </summary>
public sealed class EvalPatentsVerb : IVerb
{
    public string Name => "eval patents";
    public string Usage => "eval patents --index DIR --queries FILE [--k 10] [--rerank] [--misses] [--no-translate]";
    public IReadOnlyCollection<string> ValueOptions => ["index", "queries", "k"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Require("index"));
        var file = args.Require("queries");
        var k = args.GetInt("k", 10, 1, PatentLibrary.MaxPageSize);
        var rerank = args.Has("rerank");
        var showMisses = args.Has("misses");
        var translate = !args.Has("no-translate");
        args.RejectUnknown();

        var queries = EvalQuery.ReadFile(file);
        using var library = PatentLibrary.Open(layout, writable: false);
        var modes = $"{queries.Count(q => !q.LikeText)} query, {queries.Count(q => q.LikeText)} text";
        console.Out.WriteLine($"eval patents: {queries.Count} queries ({modes}), k={k}, index holds {library.Count} documents");

        // Without and with cross-lingual expansion, side by side; the expanded run (the default search) is the one reported last.
        console.Out.WriteLine($"{"",-13} recall@1  recall@{k,-3} mrr     p50 ms  p95 ms  errors");
        var untranslated = PatentEvaluator.Run(library, queries, k, null, console.Error, showMisses && !translate ? console.Error : null, translate: false);
        Print(console.Out, "bm25", untranslated);
        var baseline = untranslated;
        if (translate)
        {
            baseline = PatentEvaluator.Run(library, queries, k, null, console.Error, showMisses ? console.Error : null);
            Print(console.Out, "bm25+translate", baseline);
        }

        var last = baseline;
        if (rerank)
        {
            var reranker = RerankerStore.TryLoad(layout.Models, "patents", PatentFeatures.Version, out var status);
            console.Out.WriteLine($"reranker: {status}");
            if (reranker is not null)
            {
                var reranked = PatentEvaluator.Run(library, queries, k, reranker, console.Error, translate: translate);
                Print(console.Out, "reranked", reranked);
                last = reranked;
            }
        }

        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall@{k}={last.RecallAtK:0.000} mrr={last.Mrr:0.000} n={last.Queries}"));
        return 0;
    }

    private static void Print(TextWriter w, string label, EvalFigures f) =>
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-13} {f.RecallAt1,8:0.000}  {f.RecallAtK,9:0.000} {f.Mrr,6:0.000} {f.P50Ms,7:0.0} {f.P95Ms,7:0.0}  {f.Errors}"));
}
