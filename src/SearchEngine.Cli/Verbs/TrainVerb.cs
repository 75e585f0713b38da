using System.Globalization;
using SearchEngine.Indexing;
using SearchEngine.Ranking;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine train trademarks|patents</c>: trains the collection's reranker from judgement files,
/// query files and/or the examiner feedback log, prints held-out NDCG@10 and MRR with and without it
/// (same run, split by query) and permutation feature importance, and installs the model.
/// </summary>
public abstract class TrainVerb : IVerb
{
    protected abstract string Collection { get; }

    public string Name => $"train {Collection}";

    public virtual string Usage => $"train {Collection} --index DIR [--judgements FILE] [--queries FILE] [--feedback] [--candidates 100] " +
                           "[--also DIR=FILE,...] [--holdout 0.3] [--seed 17] [--trees 200] [--trainer lightgbm|fasttree] [--without FEATURE,...] [--force] [--dry-run]";

    public IReadOnlyCollection<string> ValueOptions => ["index", "judgements", "queries", "also", "candidates", "holdout", "seed", "trees", "trainer", "without"];

    /// <summary>Opens the collection's search read-only as a training source.</summary>
    protected abstract ITrainingSource OpenSource(IndexLayout layout, Arguments args);

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Get("index") ?? IndexLayout.DefaultRoot);
        var judgements = args.Get("judgements");
        var queryFile = args.Get("queries");
        var useFeedback = args.Has("feedback");
        var run = new TrainingRun(args.GetInt("candidates", TrainingDataBuilder.DefaultCandidates, 2, 1000), args.Has("force"), args.Has("dry-run"));
        var options = new TrainingOptions
        {
            ValidationShare = Holdout(args.Get("holdout")),
            Seed = args.GetInt("seed", 17, 0),
            Trees = args.GetInt("trees", 200, 1, 5000),
            Algorithm = args.Get("trainer")?.ToLowerInvariant() switch
            {
                null or "lightgbm" => RankerAlgorithm.LightGbm,
                "fasttree" => RankerAlgorithm.FastTree,
                var other => throw new UsageException($"--trainer must be lightgbm or fasttree, not '{other}'"),
            },
            ExcludedFeatures = (args.Get("without") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        if (judgements is null && queryFile is null && !useFeedback) throw new UsageException("give --judgements FILE, --queries FILE and/or --feedback");
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'");
        var also = Also(args.Get("also"));
        using var source = OpenSource(layout, args);
        var extra = new List<TrainingRegister>();
        using var disposer = new Disposer(extra);
        foreach (var (dir, file) in also)
        {
            var label = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir)));
            if (extra.Any(e => e.Label == label)) throw new UsageException($"--also names two indexes in folders called '{label}': give them distinct names");
            var read = JudgementFile.Read(file);
            extra.Add(new TrainingRegister(OpenSource(new IndexLayout(dir), args), read, label));
        }

        args.RejectUnknown();

        var queries = new List<JudgedQuery>();
        var sources = new List<string>();
        foreach (var file in new[] { judgements, queryFile }.OfType<string>())
        {
            var read = JudgementFile.Read(file);
            queries.AddRange(read);
            sources.Add($"{read.Count} from {Path.GetFileName(file)}");
        }

        if (useFeedback)
        {
            var scan = new FeedbackLog(layout).Scan();
            if (scan.DamagedLines.Count > 0)
            {
                console.Error.WriteLine($"warning: skipped {scan.DamagedLines.Count} damaged line(s) of the feedback log (line {string.Join(", ", scan.DamagedLines.Take(5))})");
            }

            var fromFeedback = TrainingDataBuilder.FromFeedback(source, scan.Entries);
            queries.AddRange(fromFeedback);
            sources.Add($"{fromFeedback.Count} from the feedback log ({scan.Entries.Count(e => e.Collection == Collection)} judgements)");
        }

        var duplicate = queries.GroupBy(q => q.QueryId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new SearchEngineException($"qid '{duplicate.Key}' appears in more than one input; give each query its own qid");

        foreach (var e in extra) sources.Add($"{e.Queries.Count} over index {e.Label}");
        var outcome = RerankerTraining.Run([new TrainingRegister(source, queries), .. extra], layout, options, run, DateTimeOffset.UtcNow);
        Print(console.Out, outcome, sources, options);
        if (outcome.SavedTo is null && !run.DryRun) console.Error.WriteLine($"model {outcome.NotSavedReason}");
        return 0;
    }

    /// <summary>
    /// <c>--also DIR=FILE,...</c>: more indexes of the collection, each with its query file, whose groups join the
    /// training (registers of several sizes, so the model does not learn one register's density).
    /// </summary>
    private static List<(string Dir, string File)> Also(string? raw)
    {
        var pairs = new List<(string, string)>();
        foreach (var item in (raw ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = item.IndexOf('=');
            if (eq <= 0 || eq == item.Length - 1) throw new UsageException($"--also takes DIR=FILE pairs separated by commas, not '{item}'");
            pairs.Add((item[..eq], item[(eq + 1)..]));
        }

        return pairs;
    }

    /// <summary>Closes the extra indexes' sources however the run ends.</summary>
    private sealed class Disposer(List<TrainingRegister> registers) : IDisposable
    {
        public void Dispose()
        {
            foreach (var r in registers) r.Source.Dispose();
        }
    }

    private static double Holdout(string? raw)
    {
        if (raw is null) return 0.3;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v is < 0.05 or > 0.9)
        {
            throw new UsageException($"--holdout must be a share from 0.05 to 0.9, not '{raw}'");
        }

        return v;
    }

    private void Print(TextWriter w, TrainingOutcome outcome, IReadOnlyList<string> sources, TrainingOptions options)
    {
        var data = outcome.Data;
        var set = data.Dataset;
        var result = outcome.Result;
        var meta = result.Model.Metadata;
        w.WriteLine(Inv($"training the {Collection} reranker on {set.Groups.Count} queries ({string.Join(", ", sources)}), {set.RowCount} candidate rows, {set.FeatureNames.Count} features (feature set {set.FeatureSetVersion}), data {meta.DataFingerprint}"));
        if (data.QueriesWithoutCandidates > 0) w.WriteLine(Inv($"  {data.QueriesWithoutCandidates} queries returned no candidates and were left out"));
        w.WriteLine(Inv($"  relevant ids among the engine's candidates: {data.RetrievedRelevant} of {data.JudgedRelevant} (the others count as missed in NDCG)"));
        w.WriteLine(Inv($"split by query (seed {options.Seed}): {result.TrainQueries} training ({meta.TrainingQueries} with graded and ungraded candidates), {result.ValidationQueries} held out"));
        if (result.FallbackReason is not null) w.WriteLine($"  {result.FallbackReason}");
        w.WriteLine($"trainer: {meta.Trainer}");
        w.WriteLine();
        var (f, r) = (meta.ValidationFused, meta.ValidationReranked);
        w.WriteLine(Inv($"held-out queries (n={r.Queries})   NDCG@10    MRR"));
        w.WriteLine(Inv($"  fused score               {f.Ndcg10,7:F4}  {f.Mrr,7:F4}"));
        w.WriteLine(Inv($"  reranked                  {r.Ndcg10,7:F4}  {r.Mrr,7:F4}"));
        w.WriteLine(Inv($"  relative change           {Change(f.Ndcg10, r.Ndcg10),7}  {Change(f.Mrr, r.Mrr),7}"));
        w.WriteLine();
        w.WriteLine(Inv($"permutation feature importance (drop of held-out NDCG@10 when the feature is shuffled, {options.ImportancePermutations} shuffles):"));
        // Tiny drops print as 0.0000, not -0.0000: a shuffled feature the model barely reads changes nothing.
        foreach (var fi in meta.FeatureImportance) w.WriteLine(Inv($"  {fi.Feature,-26} {(Math.Abs(fi.NdcgDrop) < 0.00005 ? 0 : fi.NdcgDrop),8:F4}"));
        w.WriteLine();
        w.WriteLine(outcome.SavedTo is not null ? $"model {meta.ModelVersion} saved to {outcome.SavedTo}" : $"model {meta.ModelVersion} {outcome.NotSavedReason}");
    }

    private static string Inv(FormattableString s) => FormattableString.Invariant(s);

    private static string Change(double before, double after) =>
        before == 0 ? "n/a" : ((after - before) / before).ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture);
}
