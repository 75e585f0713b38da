using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class JudgementFileTests
{
    private static IReadOnlyList<JudgedQuery> Read(params string[] lines) =>
        JudgementFile.Read(new StringReader(string.Join('\n', lines)), "j.jsonl");

    [Fact]
    public void Reads_graded_judgements_and_keeps_the_query_fields()
    {
        var q = Read("""{"qid":"q1","mark":"Tac Dong","classes":[9],"judgements":[{"id":"A","grade":4},{"id":"B","grade":0}]}""").Single();

        Assert.Equal("q1", q.QueryId);
        Assert.Equal("Tac Dong", q.Fields.GetProperty("mark").GetString());
        Assert.Equal(new Dictionary<string, int> { ["A"] = 4, ["B"] = 0 }, q.Grades);
    }

    [Fact]
    public void Relevant_ids_of_a_query_file_count_as_the_top_grade()
    {
        var q = Read("""{"qid":"q1","mark":"x","relevant":["A","B"]}""", "", """{"qid":"q2","mark":"y","relevant":["C"]}""");

        Assert.Equal(2, q.Count);
        Assert.Equal(JudgementFile.RelevantGrade, q[0].Grades["B"]);
    }

    [Theory]
    [InlineData("""{"qid":"q1","judgements":[{"id":"A","grade":5}]}""", "grade 5 is outside 0–4")]
    [InlineData("""{"qid":"q1","judgements":[{"id":"A","grade":-1}]}""", "grade -1 is outside 0–4")]
    [InlineData("""{"qid":"q1","judgements":[{"id":"A","grade":"high"}]}""", "whole number")]
    [InlineData("""{"qid":"q1","judgements":[{"id":"A","grade":2.5}]}""", "whole number")]
    [InlineData("""{"qid":"q1","judgements":[]}""", "empty group")]
    [InlineData("""{"qid":"q1","relevant":[]}""", "empty group")]
    [InlineData("""{"qid":"q1","mark":"x"}""", "neither")]
    [InlineData("""{"mark":"x","relevant":["A"]}""", "qid")]
    [InlineData("""{"qid":"q1","relevant":["A"]""", "not valid JSON")]
    [InlineData("""[1,2]""", "not a JSON object")]
    [InlineData("""{"qid":"q1","judgements":[{"id":"A","grade":1},{"id":"A","grade":2}]}""", "judged twice")]
    public void Bad_lines_fail_the_file_with_their_line_number(string bad, string reason)
    {
        var e = Assert.Throws<SearchEngineException>(() => Read("""{"qid":"ok","relevant":["A"]}""", bad));

        Assert.Contains("line 2", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void A_repeated_qid_is_an_error()
    {
        var e = Assert.Throws<SearchEngineException>(() => Read("""{"qid":"q","relevant":["A"]}""", """{"qid":"q","relevant":["B"]}"""));
        Assert.Contains("appears twice", e.Message);
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        Assert.Throws<SearchEngineException>(() => Read("", "  "));
    }
}
