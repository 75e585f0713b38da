using System.Net;
using System.Net.Http.Json;

namespace SearchEngine.Api.Tests;

public class PatentEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Search_returns_hits_with_highlighted_passages_and_facets()
    {
        var result = await _client.GetOk("/api/patents/search?q=ph%C3%A2n%20b%C3%B3n");
        Assert.True(result.GetProperty("total").GetInt32() >= 2);
        var hits = result.GetProperty("hits");
        Assert.Contains("1-2099-00001", hits.Numbers());
        var first = hits[0];
        Assert.Contains(first.GetProperty("passage").EnumerateArray(), s => s.GetProperty("matched").GetBoolean());
        Assert.Equal("VN", first.GetProperty("office").GetString());

        var facets = result.GetProperty("facets").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("values"));
        Assert.Contains(facets["ipc"].EnumerateArray(), v => v.GetProperty("value").GetString()!.StartsWith("C05F", StringComparison.Ordinal));
        Assert.True(facets.ContainsKey("year"));
        Assert.True(facets.ContainsKey("applicant"));
    }

    [Fact]
    public async Task Ipc_and_date_filters_sorting_and_paging()
    {
        var ipc = await _client.GetOk("/api/patents/search?q=ph%C3%A2n%20b%C3%B3n%20OR%20pin&ipc=H01M");
        Assert.Equal(["1-2099-00002"], ipc.GetProperty("hits").Numbers());

        var dated = await _client.GetOk("/api/patents/search?q=ph%C3%A2n%20b%C3%B3n&from=2021-01-01&to=2022");
        Assert.Equal(["1-2099-00003"], dated.GetProperty("hits").Numbers());
        // Month bounds read as in the query language (PD:2021-01): from its first day, to its last.
        var byMonth = await _client.GetOk("/api/patents/search?q=ph%C3%A2n%20b%C3%B3n&from=2021-01&to=2022-12");
        Assert.Equal(["1-2099-00003"], byMonth.GetProperty("hits").Numbers());

        var newest = await _client.GetOk("/api/patents/search?q=ph%C3%A2n%20b%C3%B3n&sort=newest");
        Assert.Equal(["1-2099-00003", "1-2099-00001"], newest.GetProperty("hits").Numbers());
        var oldest = await _client.GetOk("/api/patents/search?q=ph%C3%A2n%20b%C3%B3n&sort=oldest");
        Assert.Equal(["1-2099-00001", "1-2099-00003"], oldest.GetProperty("hits").Numbers());

        var page2 = await _client.GetOk("/api/patents/search?q=ph%C3%A2n%20b%C3%B3n&sort=oldest&page=2&pageSize=1");
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(1, page2.GetProperty("pageSize").GetInt32());
        Assert.Equal(["1-2099-00003"], page2.GetProperty("hits").Numbers());
    }

    [Fact]
    public async Task Similar_finds_prior_art_and_lists_the_terms_it_used()
    {
        var result = await _client.PostOk("/api/patents/similar", new
        {
            text = "Phân bón hữu cơ vi sinh được sản xuất từ phụ phẩm nông nghiệp bằng cách ủ với vi khuẩn cố định đạm.",
        });
        Assert.Equal("vi", result.GetProperty("language").GetString());
        Assert.NotEmpty(result.GetProperty("termsUsed").Strings());
        Assert.Equal("1-2099-00001", result.GetProperty("hits")[0].GetProperty("number").GetString());
    }

    [Fact]
    public async Task Get_by_number_returns_the_document_from_either_office()
    {
        var vn = await _client.GetOk("/api/patents/1-2099-00002");
        Assert.Equal("PIN LITHI-ION CÓ ĐIỆN CỰC CẢI TIẾN", vn.GetProperty("title").GetString());
        Assert.Contains("H01M", vn.GetProperty("ipc")[0].GetString(), StringComparison.Ordinal);

        var us = await _client.GetOk("/api/patents/07156135");
        Assert.Equal("US", us.GetProperty("office").GetString());
        Assert.Contains("air tank", us.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_number_is_404()
    {
        await ProblemAssert.IsProblem(await _client.GetAsync("/api/patents/1-1900-99999"), HttpStatusCode.NotFound, "1-1900-99999");
    }

    [Theory]
    [InlineData("/api/patents/search", "'q' is required")]
    [InlineData("/api/patents/search?q=%22ph%C3%A2n%20b%C3%B3n", "syntax")]
    [InlineData("/api/patents/search?q=(pin%20AND", "syntax")]
    [InlineData("/api/patents/search?q=pin&ipc=%25%25", "IPC")]
    [InlineData("/api/patents/search?q=pin&from=2020-02-31", "'from' must be a date")]
    [InlineData("/api/patents/search?q=pin&from=2022-01-01&to=2020-01-01", "after")]
    [InlineData("/api/patents/search?q=pin&sort=popular", "'sort'")]
    [InlineData("/api/patents/search?q=pin&page=0", "'page'")]
    [InlineData("/api/patents/search?q=pin&pageSize=101", "'pageSize'")]
    [InlineData("/api/patents/analytics", "'q' is required")]
    [InlineData("/api/patents/analytics?q=pin&format=xml", "'format'")]
    [InlineData("/api/patents/analytics?q=pin&top=0", "'top'")]
    [InlineData("/api/patents/analytics?q=(pin", "syntax")]
    public async Task Bad_search_parameters_are_400_naming_the_problem(string url, string detail)
    {
        await ProblemAssert.IsProblem(await _client.GetAsync(url), HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Query_over_ten_thousand_characters_is_400()
    {
        var q = string.Join(' ', Enumerable.Repeat("pin", 2_600)); // 10,399 characters
        await ProblemAssert.IsProblem(await _client.GetAsync($"/api/patents/search?q={Uri.EscapeDataString(q)}"), HttpStatusCode.BadRequest, "at most 10,000");
    }

    [Fact]
    public async Task Bad_similar_requests_are_400()
    {
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/patents/similar", new { text = "" }), HttpStatusCode.BadRequest, "'text' is required");
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/patents/similar", new { text = new string('x', 10_001) }), HttpStatusCode.BadRequest, "at most 10,000");
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/patents/similar", new { text = "pin lithi", top = 201 }), HttpStatusCode.BadRequest, "'top'");
    }

    [Fact]
    public async Task Json_body_over_the_limit_is_413()
    {
        var body = new StringContent("{\"text\": \"" + new string('a', 300_000) + "\"}", System.Text.Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/patents/similar", body);
        await ProblemAssert.IsProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_vietnamese_query_finds_the_english_grant_unless_translation_is_off()
    {
        var on = await _client.GetOk("/api/patents/search?q=" + Uri.EscapeDataString("bình khí"));
        var hit = on.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("number").GetString() == "07156135");
        Assert.Contains(hit.GetProperty("matchedTranslations").EnumerateArray(), t => t.GetProperty("to").GetString() == "air tank");
        Assert.Contains(on.GetProperty("translations").EnumerateArray(), t => t.GetProperty("from").GetString() == "bình khí");

        var off = await _client.GetOk("/api/patents/search?translate=false&q=" + Uri.EscapeDataString("bình khí"));
        Assert.DoesNotContain("07156135", off.GetProperty("hits").Numbers());
        Assert.Empty(off.GetProperty("translations").EnumerateArray());
    }

    [Fact]
    public async Task Analytics_counts_the_matches_per_dimension_as_json_and_csv()
    {
        var json = await _client.GetOk("/api/patents/analytics?q=ph%C3%A2n%20b%C3%B3n");
        var total = json.GetProperty("total").GetInt32();
        Assert.True(total >= 2);
        Assert.Equal(total, json.GetProperty("counted").GetInt32());
        var dims = json.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("values"));
        Assert.Equal(["filingYears", "applicants", "ipcSubclasses", "ipcGroups", "priorityCountries"], dims.Keys);
        Assert.Equal(total, dims["filingYears"].EnumerateArray().Sum(v => v.GetProperty("count").GetInt32()));
        Assert.Contains(dims["ipcSubclasses"].EnumerateArray(), v => v.GetProperty("value").GetString() == "C05F");

        var csv = await _client.GetAsync("/api/patents/analytics?q=ph%C3%A2n%20b%C3%B3n&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("dimension,value,count", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("ipcSubclasses,C05F,", StringComparison.Ordinal));
    }
}
