using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SearchEngine.Api.Tests;

internal static class Json
{
    public static async Task<JsonElement> GetOk(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await Ok(response);
    }

    public static async Task<JsonElement> PostOk(this HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(url, body);
        return await Ok(response, expected);
    }

    public static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static List<string> Strings(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static List<string> Numbers(this JsonElement hits) => [.. hits.EnumerateArray().Select(h => h.GetProperty("number").GetString()!)];
}
