using SearchEngine.Patents;
using SearchEngine.Patents.QueryLanguage;
using SearchEngine.Tests.Patents;

namespace SearchEngine.Tests.Reliability;

/// <summary>Costly query shapes are refused before they run, each naming its limit; queries inside the limits still search.</summary>
public class QueryCostLimitTests(PatentTestIndex index) : IClassFixture<PatentTestIndex>
{
    private static string Chain(int words, string op = "NEAR5") => string.Join($" {op} ", Enumerable.Repeat("pin", words));

    private QueryCostException Refused(string query) =>
        Assert.Throws<QueryCostException>(() => index.Library.Search(new PatentQuery(query)));

    [Fact]
    public void The_610_word_NEAR_chain_is_refused_naming_the_operand_limit()
    {
        var e = Refused(Chain(610));
        Assert.Equal("NEAR/ADJ operands", e.Limit);
        Assert.Contains("610 operands", e.Message);
        Assert.Contains($"limit is {QueryCostLimits.MaxNearOperands}", e.Message);
    }

    [Fact]
    public void Ten_thousand_nested_parentheses_are_refused_without_recursing()
    {
        // Before the limit the parser recursed once per '(' and overflowed the stack, killing the process.
        var deep = new string('(', 10_000) + "pin" + new string(')', 10_000);
        Assert.Equal("nesting depth", Refused(deep).Limit);
        Assert.Equal("nesting depth", Refused(string.Concat(Enumerable.Repeat("NOT ", 5_000)) + "pin").Limit);
    }

    [Theory]
    [InlineData("terms")]
    [InlineData("phrase")]
    [InlineData("clauses")]
    [InlineData("wildcards")]
    [InlineData("length")]
    public void Each_limit_is_named_in_its_refusal(string shape)
    {
        var (query, limit) = shape switch
        {
            "terms" => (string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i)), "terms"),
            "phrase" => ("\"" + string.Join(' ', Enumerable.Repeat("pin", 100)) + "\"", "terms"),
            "clauses" => (string.Join(' ', Enumerable.Range(0, 30).Select(i => $"(NOT a{i} b{i})")), "clauses"),
            "wildcards" => (string.Join(" OR ", Enumerable.Range(0, 9).Select(i => $"ab{i}*")), "wildcards"),
            _ => (new string('a', QueryCostLimits.MaxQueryLength + 1), "query length"),
        };
        var e = Refused(query);
        Assert.Equal(limit, e.Limit);
        Assert.Contains("query cost limit: " + limit, e.Message);
    }

    [Fact]
    public void Queries_at_the_limits_still_search()
    {
        // Each runs and answers; none is refused for sitting exactly at a limit.
        index.Library.Search(new PatentQuery(Chain(QueryCostLimits.MaxNearOperands)));
        index.Library.Search(new PatentQuery(new string('(', QueryCostLimits.MaxDepth) + "filter" + new string(')', QueryCostLimits.MaxDepth)));
        index.Library.Search(new PatentQuery(string.Join(" OR ", Enumerable.Range(0, QueryCostLimits.MaxTerms).Select(i => "w" + i))));
        Assert.Contains("08419845", index.Numbers("(((air filter)))"));
    }

    [Fact]
    public void Like_this_text_past_its_limit_is_refused_naming_it()
    {
        var e = Assert.Throws<QueryCostException>(() => index.Library.Similar(new string('x', QueryCostLimits.MaxLikeThisLength + 1)));
        Assert.Equal("like-this text", e.Limit);
    }
}
