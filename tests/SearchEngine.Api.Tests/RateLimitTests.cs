using System.Net;

namespace SearchEngine.Api.Tests;

public sealed class RateLimitFactory() : ApiFactory(new Dictionary<string, string?>
{
    ["SearchEngine:RateLimit:Enabled"] = "true",
    ["SearchEngine:RateLimit:Burst"] = "2",
    ["SearchEngine:RateLimit:PerSecond"] = "1",
});

public class RateLimitTests(RateLimitFactory factory) : IClassFixture<RateLimitFactory>
{
    [Fact]
    public async Task A_client_past_its_budget_gets_429_with_retry_after()
    {
        var client = factory.CreateClient();
        // A burst of 2 and 1 a second: 20 quick requests cannot all pass unless they took 18 s or more.
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 20; i++)
        {
            var response = await client.GetAsync("/health");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused ??= response;
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter is not null, "429 without Retry-After");
        await ProblemAssert.IsProblem(refused, HttpStatusCode.TooManyRequests, "retry later");
    }
}
