using System.Net;
using System.Text.Json;

namespace SearchEngine.Api.Tests;

/// <summary>Checks an error answer is problem+json with the status and a detail naming the problem, and no stack trace.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsProblem(HttpResponseMessage response, HttpStatusCode status, string? detailContains = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        if (detailContains is not null)
        {
            var detail = json.GetProperty("detail").GetString() ?? "";
            Assert.Contains(detailContains, detail, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return json;
    }
}
