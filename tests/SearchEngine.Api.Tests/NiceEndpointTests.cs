using System.Net;
using System.Net.Http.Json;

namespace SearchEngine.Api.Tests;

public class NiceEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Suggest_gives_classes_with_scores_and_supporting_terms()
    {
        var answer = await _client.PostOk("/api/nice/suggest", new { text = "cà phê rang xay; bánh quy", top = 3 });
        Assert.Equal("vi", answer.GetProperty("language").GetString());
        Assert.Equal(2, answer.GetProperty("items").GetInt32());
        var first = answer.GetProperty("classes")[0];
        Assert.Equal(30, first.GetProperty("class").GetInt32());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.NotEmpty(first.GetProperty("heading").GetString()!);
        Assert.True(first.GetProperty("terms").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Unknown_language_is_an_empty_answer_with_a_note()
    {
        var answer = await _client.PostOk("/api/nice/suggest", new { text = "这是一个中文句子" });
        Assert.Equal(0, answer.GetProperty("classes").GetArrayLength());
        Assert.Contains("English or Vietnamese", answer.GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001\u0002")]
    public async Task Empty_or_binary_text_is_a_problem(string text)
    {
        var response = await _client.PostAsJsonAsync("/api/nice/suggest", new { text });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_100_KB_text_is_a_problem_naming_the_limit()
    {
        var response = await _client.PostAsJsonAsync("/api/nice/suggest", new { text = new string('a', 100_000) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Trademark_search_takes_goods_per_class_and_rejects_a_bad_class()
    {
        var ok = await _client.PostAsJsonAsync("/api/trademarks/search", new { mark = "Trung Nguyen", goods = new[] { new { @class = 30, text = "cà phê" } } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var bad = await _client.PostAsJsonAsync("/api/trademarks/search", new { mark = "Trung Nguyen", goods = new[] { new { @class = 99, text = "cà phê" } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }
}
