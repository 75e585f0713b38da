using SearchEngine.Cli;

namespace SearchEngine.Tests.Trademarks;

public sealed class TrademarkVerbTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-tm-cli-" + Guid.NewGuid().ToString("N"));

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, new StringReader(""), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Import_search_and_eval_end_to_end()
    {
        var import = Run("import", "trademarks", "--index", _root, SmallRegister.Fixture("register-small.jsonl"), SmallRegister.Fixture("register-broken.jsonl"));
        Assert.Equal(0, import.Code);
        Assert.Contains("imported 22 marks, skipped 7 lines", import.Out);
        Assert.Contains("register-broken.jsonl:5: skipped: unknown Nice class 46", import.Err);

        var search = Run("search", "trademarks", "--index", _root, "Trung Nguyen", "--status", "all", "--top", "3");
        Assert.Equal(0, search.Code);
        var lines = search.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("  #  score", lines[0]);
        Assert.Contains("VN-4-2001-000001", lines[1]);
        Assert.True(lines.Length <= 4);

        var json = Run("search", "trademarks", "--index", _root, "Trung Nguyên", "--classes", "30", "--json");
        Assert.Equal(0, json.Code);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
        var first = doc.RootElement.GetProperty("hits")[0];
        Assert.Equal("VN-4-2001-000001", first.GetProperty("number").GetString());
        Assert.Equal("high", first.GetProperty("band").GetString());

        var eval = Run("eval", "trademarks", "--index", _root, "--queries", SmallRegister.Fixture("queries-small.jsonl"), "--k", "5", "--baseline");
        Assert.Equal(0, eval.Code);
        var last = eval.Out.TrimEnd().Split('\n')[^1];
        Assert.Matches(@"^recall@5=\d\.\d{3} mrr=\d\.\d{3} n=6$", last);
        Assert.Contains("[baseline]", eval.Out);
        Assert.Contains("latency fused: p50=", eval.Out);
        Assert.Equal("recall@5=1.000", last.Split(' ')[0]);
    }

    [Theory]
    [InlineData(2, "search", "trademarks", "--top", "500", "x")]
    [InlineData(2, "search", "trademarks", "--frobnicate", "x")]
    [InlineData(2, "import", "trademarks")]
    [InlineData(1, "search", "trademarks", "--classes", "30,99", "x")]
    [InlineData(1, "import", "trademarks", "no-such-file.jsonl")]
    public void Bad_arguments_give_a_message_and_a_non_zero_exit(int code, params string[] args)
    {
        var r = Run([.. args, "--index", _root]);
        Assert.Equal(code, r.Code);
        Assert.False(string.IsNullOrWhiteSpace(r.Err));
        Assert.DoesNotContain("   at ", r.Err); // no stack trace
    }

    [Fact]
    public void Searching_an_index_that_does_not_exist_says_to_import_first()
    {
        var r = Run("search", "trademarks", "--index", _root, "Trung");
        Assert.Equal(1, r.Code);
        Assert.Contains("import data first", r.Err);
    }

    [Fact]
    public void An_index_folder_that_cannot_be_created_is_a_message_and_exit_1_not_a_stack_trace()
    {
        Directory.CreateDirectory(_root);
        var file = Path.Combine(_root, "a-file");
        File.WriteAllText(file, "not a folder");

        var import = Run("import", "trademarks", "--index", Path.Combine(file, "idx"), SmallRegister.Fixture("register-small.jsonl"));

        Assert.Equal(1, import.Code);
        Assert.StartsWith("searchengine import trademarks: ", import.Err);
        Assert.DoesNotContain("   at ", import.Err);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
