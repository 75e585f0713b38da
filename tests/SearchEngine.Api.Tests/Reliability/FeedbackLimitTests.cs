using System.Net;
using System.Net.Http.Json;

namespace SearchEngine.Api.Tests.Reliability;

public sealed class FeedbackLimitFactory() : ApiFactory(new Dictionary<string, string?>
{
    ["SearchEngine:RateLimit:Enabled"] = "true",
    ["SearchEngine:RateLimit:Burst"] = "1000",
    ["SearchEngine:RateLimit:FeedbackPerMinute"] = "3",
});

public class FeedbackLimitTests(FeedbackLimitFactory factory) : IClassFixture<FeedbackLimitFactory>
{
    private static object Judgement(string user = "ex-1") =>
        new { collection = "trademarks", query = "Sao", number = "TEST-TM-0002", grade = 3, user };

    [Fact]
    public async Task A_client_may_send_only_so_many_judgements_a_minute()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++) await client.PostOk("/api/feedback", Judgement(), HttpStatusCode.Created);
        var refused = await client.PostAsJsonAsync("/api/feedback", Judgement());
        await ProblemAssert.IsProblem(refused, HttpStatusCode.TooManyRequests, "3 judgements a minute");
        Assert.NotNull(refused.Headers.RetryAfter);
        await client.GetOk("/api/trademarks/search?mark=Sao"); // searches keep their own budget
    }
}
