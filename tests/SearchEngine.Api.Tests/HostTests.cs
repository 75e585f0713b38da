using System.Net;
using System.Text.Json;

namespace SearchEngine.Api.Tests;

public class HostTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Serves_the_web_page_at_the_root()
    {
        var response = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"tm-form\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"pt-form\"", html, StringComparison.Ordinal);

        var script = await _client.GetAsync("/app.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/nothing-here");
        await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Publishes_the_openapi_document_and_reference_page()
    {
        var doc = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/health", out _));

        var reference = await _client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Equal("text/html", reference.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Uses_the_configured_index_root()
    {
        var health = JsonDocument.Parse(await _client.GetStringAsync("/health")).RootElement;
        // Named, not located: the answer holds the folder's name, not its absolute path.
        Assert.Equal(Path.GetFileName(factory.IndexRoot), health.GetProperty("indexRoot").GetString());
        Assert.True(Directory.Exists(factory.IndexRoot));
    }
}
