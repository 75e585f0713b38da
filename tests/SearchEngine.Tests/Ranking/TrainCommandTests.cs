using System.Text.Json;
using SearchEngine.Cli;
using SearchEngine.Indexing;
using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

/// <summary>The train verbs end to end through the command line, on the small register and patent fixtures.</summary>
public class TrainCommandTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, new StringReader(""), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Train_trademarks_runs_the_conflict_search_and_reports_both_rankings()
    {
        using var dir = new TempFolder();
        Assert.Equal(0, Run("import", "trademarks", "--index", dir.Path, Path.Combine(Fixtures, "trademarks", "register-small.jsonl")).Code);

        var (code, output, error) = Run("train", "trademarks", "--index", dir.Path, "--queries", Path.Combine(Fixtures, "trademarks", "queries-small.jsonl"),
            "--holdout", "0.34", "--trees", "10", "--dry-run");

        Assert.True(code == 0, error);
        Assert.Contains("on 6 queries", output);
        Assert.Contains("feature set trademarks-features-", output);
        Assert.Contains("held-out queries (n=2)", output);
        Assert.Contains("  class_overlap ", output);
        Assert.False(Directory.Exists(new IndexLayout(dir.Path).Models));
    }

    [Fact]
    public void Train_trademarks_names_an_unknown_id_and_exits_1()
    {
        using var dir = new TempFolder();
        Run("import", "trademarks", "--index", dir.Path, Path.Combine(Fixtures, "trademarks", "register-small.jsonl"));
        var judgements = Path.Combine(dir.Path, "j.jsonl");
        File.WriteAllLines(judgements, [
            """{"qid":"a","mark":"Trung Nguyen","judgements":[{"id":"VN-4-2001-000001","grade":4}]}""",
            """{"qid":"b","mark":"Vinamilk","judgements":[{"id":"VN-0-0000-999999","grade":3}]}""",
        ]);

        var (code, _, error) = Run("train", "trademarks", "--index", dir.Path, "--judgements", judgements);

        Assert.Equal(1, code);
        Assert.Contains("VN-0-0000-999999 (query b", error);
    }

    [Fact]
    public void Train_without_an_index_says_so()
    {
        using var dir = new TempFolder();
        var (code, _, error) = Run("train", "patents", "--index", dir.Path, "--queries", Path.Combine(Fixtures, "trademarks", "queries-small.jsonl"));

        Assert.Equal(1, code);
        Assert.Contains("no patent index", error);
    }

    [Fact]
    public void Train_patents_runs_the_first_stage_and_reports_both_rankings()
    {
        using var dir = new TempFolder();
        var data = Path.Combine(Fixtures, "patents", "vn-sample.jsonl");
        Assert.Equal(0, Run("import", "patents", "--index", dir.Path, data).Code);
        // Prior art from text: each record's title and abstract pasted, to find that record among the others.
        var queries = Path.Combine(dir.Path, "q.jsonl");
        File.WriteAllLines(queries, File.ReadLines(data).Select(line =>
        {
            var doc = JsonDocument.Parse(line).RootElement;
            var number = doc.GetProperty("applicationNumber").GetString()!;
            var text = doc.GetProperty("title").GetString() + ". " + doc.GetProperty("abstract").GetString();
            return JsonSerializer.Serialize(new { qid = number, query = text, relevant = new[] { number }, mode = "text" });
        }));

        var (code, output, error) = Run("train", "patents", "--index", dir.Path, "--queries", queries, "--holdout", "0.3", "--trees", "10", "--dry-run");

        Assert.True(code == 0, error);
        Assert.Contains("on 7 queries", output);
        Assert.Contains("feature set patents-", output);
        Assert.Contains("held-out queries (n=2)", output);
        Assert.Contains("  bm25_total ", output);
    }
}
