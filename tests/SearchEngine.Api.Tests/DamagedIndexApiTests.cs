using System.Net;
using System.Text.Json;
using SearchEngine.Indexing;

namespace SearchEngine.Api.Tests;

/// <summary>
/// A trademark index that lost its commit point (segments_N and segments.gen deleted), with sample building
/// on: the server must neither serve it nor build the sample beside its files (issue 11: it used to answer
/// "ok, 10000" and 404 for every real number).
/// </summary>
public sealed class LostCommitFactory() : ApiFactory(new Dictionary<string, string?> { ["SearchEngine:BuildSampleIndexWhenEmpty"] = "true" })
{
    public IReadOnlyList<string> FilesBeforeStart { get; private set; } = [];

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(_ =>
        {
            // Runs after seeding and before the catalog opens the index.
            var folder = new IndexLayout(IndexRoot).Trademarks;
            foreach (var f in Directory.GetFiles(folder, "segments*")) File.Delete(f);
            FilesBeforeStart = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
        });
    }
}

public class DamagedIndexApiTests(LostCommitFactory factory) : IClassFixture<LostCommitFactory>
{
    [Fact]
    public async Task Health_is_503_with_the_reason_and_the_remedy_and_the_sample_is_not_built_beside_the_old_files()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unavailable", health.GetProperty("status").GetString());
        var trademarks = health.GetProperty("trademarks");
        Assert.Equal("unavailable", trademarks.GetProperty("status").GetString());
        Assert.Contains("no commit point (segments_N is missing)", trademarks.GetProperty("problem").GetString());
        Assert.Contains("searchengine restore --from BACKUP", trademarks.GetProperty("remedy").GetString());
        Assert.Equal(0, trademarks.GetProperty("documents").GetInt32());
        Assert.Equal("ok", health.GetProperty("patents").GetProperty("status").GetString());
        Assert.Equal(ApiFactory.FixturePatents, health.GetProperty("patents").GetProperty("documents").GetInt32());

        var folder = new IndexLayout(factory.IndexRoot).Trademarks;
        Assert.NotEmpty(factory.FilesBeforeStart);
        Assert.Equal(factory.FilesBeforeStart, Directory.GetFiles(folder).Select(Path.GetFileName).Where(f => f != "verified-files.tsv").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Trademark_requests_are_503_problems_and_patents_are_still_served()
    {
        using var client = factory.CreateClient();
        await ProblemAssert.IsProblem(await client.GetAsync("/api/trademarks/search?mark=Trung%20Nguyen"), HttpStatusCode.ServiceUnavailable, "is damaged and is not served");
        await ProblemAssert.IsProblem(await client.GetAsync("/api/trademarks/VN-4-2001-000001"), HttpStatusCode.ServiceUnavailable, "segments_N is missing");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/patents/search?q=pin")).StatusCode);
    }
}
