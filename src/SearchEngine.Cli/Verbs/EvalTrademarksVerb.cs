using System.Globalization;
using SearchEngine.Evaluation;
using SearchEngine.Indexing;
using SearchEngine.Ranking;
using SearchEngine.Trademarks.Evaluation;
using SearchEngine.Trademarks;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine eval trademarks --queries FILE [--k 10] [--baseline] [--no-rerank]</c>: recall and MRR per
/// mechanism for the fused order and the default ranking side by side, latency, and the contract last line
/// <c>recall@K=… mrr=… n=…</c> of the default ranking (the reranker when a model is available, the index's
/// own or the shipped default; else, and with <c>--no-rerank</c>, the fused order).
/// </summary>
public sealed class EvalTrademarksVerb : IVerb
{
    public string Name => "eval trademarks";

    public string Usage => "eval trademarks [--index DIR] --queries FILE [--k 10] [--baseline] [--no-rerank] [--rerank-margin 10] [--misses N]";

    public IReadOnlyCollection<string> ValueOptions => ["index", "queries", "k", "misses", "rerank-margin"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Get("index") ?? IndexLayout.DefaultRoot);
        var file = args.Require("queries");
        var k = args.GetInt("k", 10, 1, ConflictQuery.MaxTop);
        var baseline = args.Has("baseline");
        _ = args.Has("rerank"); // the default now; still accepted
        var rerank = !args.Has("no-rerank");
        var misses = args.GetInt("misses", 0, 0, 100_000);
        var margin = Margin(args.Get("rerank-margin"));
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'");

        var queries = EvaluationQuery.ReadFile(file);
        IReranker? reranker = null;
        if (rerank)
        {
            reranker = DefaultModels.TrademarkReranker(layout, out var status);
            console.Out.WriteLine(reranker is null ? $"reranker: {status}: the default ranking is the fused score" : $"reranker: {reranker.ModelVersion} (features {reranker.FeatureSetVersion}), margin {margin.ToString(CultureInfo.InvariantCulture)} points");
        }

        using var register = TrademarkRegister.Open(layout, writable: false);
        var report = TrademarkEvaluation.Run(register, queries, k, baseline, reranker, rerankMargin: margin);

        var systems = new[] { TrademarkEvaluation.Fused, TrademarkEvaluation.Reranked, TrademarkEvaluation.Baseline }
            .Where(report.Systems.ContainsKey).ToList();
        console.Out.WriteLine($"{queries.Count} queries from {file} on {register.Count:N0} marks; recall = share of each query's relevant marks in the top k");
        foreach (var system in systems) PrintSystem(console.Out, report, system);

        if (misses > 0)
        {
            console.Out.WriteLine();
            console.Out.WriteLine($"queries not answered first ({(reranker is null ? TrademarkEvaluation.Fused : "default ranking: " + TrademarkEvaluation.Reranked)}; up to {misses}):");
            foreach (var m in report.Misses.Take(misses))
            {
                console.Out.WriteLine($"  {m.QueryId} {m.Mechanism} \"{m.Mark}\" rank={(m.Rank?.ToString(CultureInfo.InvariantCulture) ?? "none")} above: {string.Join(" | ", m.Above)}");
            }
        }

        foreach (var system in systems)
        {
            var ms = report.Latencies[system];
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"latency {system}: p50={Latencies.Percentile(ms, 50):F1} ms p95={Latencies.Percentile(ms, 95):F1} ms max={ms.Max():F1} ms"));
        }

        var last = report.Metrics(reranker is not null ? TrademarkEvaluation.Reranked : TrademarkEvaluation.Fused);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall@{k}={last.Recall(k):F3} mrr={last.MeanReciprocalRank:F3} n={last.Queries}"));
        return 0;
    }

    /// <summary><c>--rerank-margin M</c>: the most points the reranker may add to a fused score, for sweeping it (the default is the search's own).</summary>
    private static double Margin(string? raw)
    {
        if (raw is null) return ConflictQuery.DefaultRerankMargin;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !(v >= 0 && v <= ConflictQuery.MaxRerankMargin))
        {
            throw new UsageException($"--rerank-margin must be a number of points from 0 to {ConflictQuery.MaxRerankMargin}, not '{raw}'");
        }

        return v;
    }

    private static void PrintSystem(TextWriter w, EvaluationReport report, string system)
    {
        w.WriteLine();
        w.WriteLine($"[{system}]");
        var header = $"{"mechanism",-18} {"n",4}" + string.Concat(report.Cutoffs.Select(c => $" {"r@" + c,7}")) + $" {"mrr",7}";
        w.WriteLine(header);
        var rows = report.Systems[system];
        foreach (var key in rows.Keys.Where(k => k != EvaluationReport.Overall).Append(EvaluationReport.Overall))
        {
            var m = rows[key];
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{key,-18} {m.Queries,4}{string.Concat(report.Cutoffs.Select(c => $" {m.Recall(c),7:F3}"))} {m.MeanReciprocalRank,7:F3}"));
        }
    }
}
