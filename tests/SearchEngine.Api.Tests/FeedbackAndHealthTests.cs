using System.Net;
using System.Net.Http.Json;
using SearchEngine.Indexing;
using SearchEngine.Ranking;

namespace SearchEngine.Api.Tests;

public class FeedbackAndHealthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Health_reports_counts_index_versions_and_model_status()
    {
        var health = await _client.GetOk("/health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
        var trademarks = health.GetProperty("trademarks");
        Assert.Equal(ApiFactory.FixtureTrademarks, trademarks.GetProperty("documents").GetInt32());
        Assert.True(trademarks.GetProperty("indexVersion").GetInt64() > 0);
        Assert.Contains("no trademarks model", trademarks.GetProperty("modelStatus").GetString(), StringComparison.Ordinal);
        var patents = health.GetProperty("patents");
        Assert.Equal(ApiFactory.FixturePatents, patents.GetProperty("documents").GetInt32());
        Assert.True(patents.GetProperty("indexVersion").GetInt64() > 0);
    }

    [Fact]
    public async Task Feedback_is_appended_durably_to_the_log()
    {
        var answer = await _client.PostOk("/api/feedback", new
        {
            collection = "trademarks", query = "Trung Nguyen", number = "TEST-TM-0001", relevant = true, user = "examiner-7",
        }, HttpStatusCode.Created);
        Assert.Equal(3, answer.GetProperty("grade").GetInt32());
        await _client.PostOk("/api/feedback", new { collection = "patents", query = "phân bón", number = "1-2099-00003", grade = 1 }, HttpStatusCode.Created);

        var entries = new FeedbackLog(new IndexLayout(factory.IndexRoot)).ReadAll();
        Assert.Contains(entries, e => e is { Collection: "trademarks", HitId: "TEST-TM-0001", Grade: 3, User: "examiner-7", Query: "Trung Nguyen" });
        Assert.Contains(entries, e => e is { Collection: "patents", HitId: "1-2099-00003", Grade: 1, User: "web" });
    }

    [Fact]
    public async Task Feedback_given_under_another_number_of_the_hit_is_logged_under_its_own_number()
    {
        // 11344253 is the US grant's application number; the engine knows the grant as 07156135.
        var answer = await _client.PostOk("/api/feedback", new { collection = "patents", query = "claims", number = "11344253", grade = 2 }, HttpStatusCode.Created);

        Assert.Equal("07156135", answer.GetProperty("number").GetString());
        var entries = new FeedbackLog(new IndexLayout(factory.IndexRoot)).ReadAll();
        Assert.Contains(entries, e => e is { Collection: "patents", HitId: "07156135", Grade: 2, Query: "claims" });
        Assert.DoesNotContain(entries, e => e.HitId == "11344253");
    }

    [Fact]
    public async Task Bad_feedback_is_400_and_an_unknown_hit_is_404()
    {
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/feedback",
            new { collection = "designs", query = "x", number = "1", grade = 1 }), HttpStatusCode.BadRequest, "'collection'");
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/feedback",
            new { collection = "trademarks", query = "Sao", number = "TEST-TM-0002" }), HttpStatusCode.BadRequest, "'grade'");
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/feedback",
            new { collection = "trademarks", query = "Sao", number = "TEST-TM-0002", grade = 9 }), HttpStatusCode.BadRequest, "grade");
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/feedback",
            new { collection = "trademarks", number = "TEST-TM-0002", grade = 2 }), HttpStatusCode.BadRequest, "'query'");
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/feedback",
            new { collection = "trademarks", query = "Sao", number = "NOPE-1", grade = 2 }), HttpStatusCode.NotFound, "NOPE-1");
    }
}
