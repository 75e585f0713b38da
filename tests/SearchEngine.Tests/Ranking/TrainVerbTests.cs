using System.Text.Json;
using SearchEngine.Cli;
using SearchEngine.Cli.Verbs;
using SearchEngine.Indexing;
using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class TrainVerbTests
{
    /// <summary>A collection whose search returns the synthetic groups: query q7 gets the candidates of group q7.</summary>
    private sealed class SyntheticSource(IReadOnlyList<RankingGroup> groups) : ITrainingSource
    {
        public string Collection => "trademarks";
        public string FeatureSetVersion => SyntheticRanking.FeatureSetVersion;
        public IReadOnlyList<string> FeatureNames => SyntheticRanking.FeatureNames;

        public bool Exists(string id) => groups.Any(g => g.Candidates.Any(c => c.Id == id));

        public IReadOnlyList<RankingCandidate> Candidates(JudgedQuery query, int top) =>
            groups.Single(g => g.QueryId == query.Fields.GetProperty("mark").GetString()).Candidates
                .Take(top).Select(c => c with { Grade = 0 }).ToList();

        public JsonElement FieldsForText(string text) => JsonSerializer.SerializeToElement(new { mark = text });

        public void Dispose() { }
    }

    private sealed class SyntheticTrainVerb(IReadOnlyList<RankingGroup> groups) : TrainVerb
    {
        protected override string Collection => "trademarks";
        protected override ITrainingSource OpenSource(IndexLayout layout, Arguments args) => new SyntheticSource(groups);
    }

    private static readonly List<RankingGroup> Groups = SyntheticRanking.Groups(60, 20, seed: 6);

    private static string JudgementFile(string folder, Func<RankingCandidate, int>? grade = null)
    {
        var path = Path.Combine(folder, "judgements.jsonl");
        File.WriteAllLines(path, Groups.Select(g => JsonSerializer.Serialize(new
        {
            qid = g.QueryId,
            mark = g.QueryId,
            judgements = g.Candidates.Select(c => new { id = c.Id, grade = grade?.Invoke(c) ?? c.Grade }),
        })));
        return path;
    }

    private static (int Code, string Out, string Error) Run(string index, params string[] args)
    {
        var verb = new SyntheticTrainVerb(Groups);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = verb.Run(new Arguments(["--index", index, "--trees", "40", .. args], verb.ValueOptions), new Cli.Console(TextReader.Null, stdout, stderr));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Training_prints_both_rankings_and_importance_and_installs_the_model()
    {
        using var dir = new TempFolder();
        var (code, output, _) = Run(dir.Path, "--judgements", JudgementFile(dir.Path));

        Assert.Equal(0, code);
        Assert.Contains("held-out queries (n=18)", output);
        Assert.Matches(@"fused score\s+[01]\.\d{4}\s+[01]\.\d{4}", output);
        Assert.Matches(@"reranked\s+[01]\.\d{4}\s+[01]\.\d{4}", output);
        Assert.Contains("permutation feature importance", output);
        Assert.Contains("  shape ", output);
        Assert.NotNull(RerankerStore.TryLoad(new IndexLayout(dir.Path).Models, "trademarks", SyntheticRanking.FeatureSetVersion, out _));
    }

    [Fact]
    public void Feedback_from_the_log_is_training_data()
    {
        using var dir = new TempFolder();
        var log = new FeedbackLog(new IndexLayout(dir.Path));
        foreach (var g in Groups)
        {
            foreach (var c in g.Candidates.Where(c => c.Grade > 0)) log.Append(new FeedbackEntry("trademarks", g.QueryId, c.Id, c.Grade, "examiner", DateTimeOffset.UtcNow));
        }

        var (code, output, _) = Run(dir.Path, "--feedback", "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains($"{Groups.Count(g => g.Candidates.Any(c => c.Grade > 0))} from the feedback log", output);
        Assert.Contains("not saved (dry run)", output);
        Assert.False(File.Exists(RerankerStore.ModelPath(new IndexLayout(dir.Path).Models, "trademarks")));
    }

    [Fact]
    public void A_bad_judgement_file_fails_and_keeps_the_last_model()
    {
        using var dir = new TempFolder();
        Assert.Equal(0, Run(dir.Path, "--judgements", JudgementFile(dir.Path)).Code);
        var modelPath = RerankerStore.ModelPath(new IndexLayout(dir.Path).Models, "trademarks");
        var before = File.ReadAllBytes(modelPath);

        var outOfRange = JudgementFile(dir.Path, _ => 7);
        Assert.Contains("grade 7 is outside 0–4", Assert.Throws<SearchEngineException>(() => Run(dir.Path, "--judgements", outOfRange)).Message);

        File.AppendAllText(outOfRange, """{"qid":"x","mark":"q1","judgements":[{"id":"VN-nope","grade":2}]}""" + "\n");
        File.WriteAllLines(outOfRange, File.ReadAllLines(outOfRange).Select(l => l.Replace("\"grade\":7", "\"grade\":1", StringComparison.Ordinal)));
        Assert.Contains("VN-nope", Assert.Throws<SearchEngineException>(() => Run(dir.Path, "--judgements", outOfRange)).Message);

        Assert.Equal(before, File.ReadAllBytes(modelPath));
    }

    [Fact]
    public void A_model_that_does_not_beat_the_fused_score_is_not_installed_unless_forced()
    {
        using var dir = new TempFolder();
        // Only each query's top fused candidate is relevant: the fused order is already perfect, so a
        // reranker can at best tie it.
        var topIds = Groups.Select(g => g.Candidates[0].Id).ToHashSet();
        var judgements = JudgementFile(dir.Path, c => topIds.Contains(c.Id) ? 4 : 0);

        var (code, output, error) = Run(dir.Path, "--judgements", judgements);
        var modelPath = RerankerStore.ModelPath(new IndexLayout(dir.Path).Models, "trademarks");

        Assert.Equal(0, code);
        Assert.Contains("fused score                1.0000   1.0000", output);
        Assert.Contains("did not beat the fused score", error);
        Assert.False(File.Exists(modelPath));
        Assert.Contains("saved to", Run(dir.Path, "--judgements", judgements, "--force").Out);
        Assert.True(File.Exists(modelPath));
    }

    [Fact]
    public void Queries_over_other_indexes_join_the_training_under_their_folder_name()
    {
        using var dir = new TempFolder();
        var other = Path.Combine(dir.Path, "reg250k");
        var judgements = JudgementFile(dir.Path);

        var (code, output, _) = Run(dir.Path, "--judgements", judgements, "--also", $"{other}={judgements}", "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains($"on {2 * Groups.Count} queries", output);
        Assert.Contains($"{Groups.Count} over index reg250k", output);
        Assert.Throws<UsageException>(() => Run(dir.Path, "--judgements", judgements, "--also", other));
        Assert.Throws<UsageException>(() => Run(dir.Path, "--judgements", judgements, "--also", $"{other}={judgements},{other}={judgements}"));
    }

    [Fact]
    public void Training_needs_some_input()
    {
        using var dir = new TempFolder();
        Assert.Throws<UsageException>(() => Run(dir.Path));
        Assert.Throws<UsageException>(() => Run(dir.Path, "--feedback", "--trainer", "xgboost"));
        Assert.Throws<UsageException>(() => Run(dir.Path, "--feedback", "--holdout", "1.5"));
    }
}
