using System.Text.Json;
using System.Text.RegularExpressions;
using SearchEngine.Cli;

namespace SearchEngine.Tests.Patents;

public class PatentCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CommandLine.Run(args, new StringReader(""), o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Import_search_and_eval_work_end_to_end()
    {
        var dir = PatentTestIndex.TempDir();
        try
        {
            var import = Run("import", "patents", "--index", dir, PatentTestIndex.FixtureDir);
            Assert.Equal(0, import.Code);
            Assert.Contains("imported 14 records (7 USPTO grants, 7 IP Viet Nam records)", import.Out, StringComparison.Ordinal);

            var search = Run("search", "patents", "--index", dir, "TI:pin AND IC:H01M");
            Assert.Equal(0, search.Code);
            Assert.Contains("2-2022-00186", search.Out, StringComparison.Ordinal);
            Assert.Contains("«pin»", search.Out, StringComparison.Ordinal);

            var json = Run("search", "patents", "--index", dir, "ban chai", "--json", "--no-translate", "--strict");
            using var doc = JsonDocument.Parse(json.Out);
            Assert.Equal(2, doc.RootElement.GetProperty("total").GetInt32());

            var like = Run("search", "patents", "--index", dir, "--like-text", "An air filter with a pressure fan and filter layers");
            Assert.Contains("terms used:", like.Out, StringComparison.Ordinal);
            Assert.Contains("08419845", like.Out, StringComparison.Ordinal);

            var queries = Path.Combine(dir, "ki.jsonl");
            var ki = Run("patents", "known-items", "--data", Path.Combine(PatentTestIndex.FixtureDir, "vn-sample.jsonl"), "--out", queries);
            Assert.Equal(0, ki.Code);
            Assert.Contains("\"query\":\"cum te bao pin va phuong phap che tao cum\"", File.ReadAllText(queries), StringComparison.Ordinal);

            var eval = Run("eval", "patents", "--index", dir, "--queries", queries, "--k", "3");
            Assert.Equal(0, eval.Code);
            var last = eval.Out.TrimEnd().Split('\n')[^1];
            Assert.Matches(new Regex(@"^recall@3=\d\.\d{3} mrr=\d\.\d{3} n=7$"), last);

            var rerank = Run("eval", "patents", "--index", dir, "--queries", queries, "--rerank");
            Assert.Contains("reranker:", rerank.Out, StringComparison.Ordinal);
            Assert.Matches(new Regex(@"^recall@10=\d\.\d{3} mrr=\d\.\d{3} n=7$"), rerank.Out.TrimEnd().Split('\n')[^1]);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Bad_input_gives_a_message_and_a_nonzero_exit()
    {
        var dir = PatentTestIndex.TempDir();
        try
        {
            Assert.Equal(1, Run("search", "patents", "--index", dir, "pin").Code); // no index yet
            Run("import", "patents", "--index", dir, Path.Combine(PatentTestIndex.FixtureDir, "vn-sample.jsonl"));
            var bad = Run("search", "patents", "--index", dir, "TI:(pin");
            Assert.Equal(1, bad.Code);
            Assert.Contains("position 4", bad.Err, StringComparison.Ordinal);
            Assert.Equal(2, Run("search", "patents", "--index", dir).Code);
            Assert.Equal(2, Run("search", "patents", "--index", dir, "pin", "--bogus").Code);
            Assert.Equal(1, Run("import", "patents", "--index", dir, Path.Combine(dir, "nothing-here")).Code);
            var badEval = Path.Combine(dir, "bad.jsonl");
            File.WriteAllText(badEval, "{\"qid\":1}\n");
            var e = Run("eval", "patents", "--index", dir, "--queries", badEval);
            Assert.Equal(1, e.Code);
            Assert.Contains("line 1", e.Err, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
