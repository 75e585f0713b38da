using System.Net;
using Microsoft.AspNetCore.Http;
using SearchEngine.Api.Hosting;

namespace SearchEngine.Api.Tests.Reliability;

/// <summary>A budget of nothing: every search runs out of time at its first check.</summary>
public sealed class NoBudgetFactory() : ApiFactory(new Dictionary<string, string?>
{
    ["SearchEngine:Searches:TimeoutSeconds"] = "0",
    ["SearchEngine:Searches:HeavyTimeoutSeconds"] = "0",
});

public class SearchBudgetTests(NoBudgetFactory factory) : IClassFixture<NoBudgetFactory>
{
    [Theory]
    [InlineData("/api/trademarks/search?mark=Sao%20Mai")]
    [InlineData("/api/patents/search?q=filter")]
    [InlineData("/api/patents/search?q=filt*%20NEAR3%20lay*%20NEAR3%20air")]
    public async Task A_search_past_its_budget_is_503_with_retry_after(string target)
    {
        var response = await factory.CreateClient().GetAsync(target);
        await ProblemAssert.IsProblem(response, HttpStatusCode.ServiceUnavailable, "time budget");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Look_ups_are_not_searches_and_keep_working()
    {
        var client = factory.CreateClient();
        await client.GetOk("/api/trademarks/TEST-TM-0002");
        await client.GetOk("/health");
    }
}

public class HeavySearchTests
{
    [Theory]
    [InlineData("/api/patents/search", "?q=pin%20NEAR5%20acquy", false)]
    [InlineData("/api/patents/search", "?q=batter*", false)]
    [InlineData("/api/patents/search", "?q=ph*%20NEAR10%20th*%20NEAR10%20ch*", true)]
    [InlineData("/api/patents/similar", "", true)]
    [InlineData("/api/patents/search", "?q=air%20filter%20layer", false)]
    [InlineData("/api/trademarks/search", "?mark=NEAR*", false)]
    public void Heavy_searches_are_told_apart_before_they_run(string path, string query, bool heavy)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        Assert.Equal(heavy, SearchAdmission.IsHeavy(context.Request));
    }
}
