using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace SearchEngine.Api.Tests;

public class TrademarkEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_search_finds_the_earlier_mark_with_band_reasons_and_highlight()
    {
        var result = await _client.GetOk("/api/trademarks/search?mark=TRUNG%20NGUYEN&classes=30");
        var hits = result.GetProperty("hits");
        var first = hits[0];
        Assert.Equal("TEST-TM-0001", first.GetProperty("number").GetString());
        Assert.Equal("Trung Nguyên", first.GetProperty("mark").GetString());
        Assert.Contains(first.GetProperty("band").GetString(), new[] { "high", "medium", "low" });
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.NotEmpty(first.GetProperty("reasons").Strings());
        Assert.Contains("same-class:30", first.GetProperty("reasons").Strings());
        Assert.Equal([30, 43], first.GetProperty("classes").EnumerateArray().Select(c => c.GetInt32()));
        Assert.Equal("registered", first.GetProperty("status").GetString());
        Assert.Equal("2005-04-12", first.GetProperty("filingDate").GetString());
        Assert.Equal("Công ty Cà phê Thử nghiệm", first.GetProperty("owner").GetString());
        var matched = first.GetProperty("highlight").EnumerateArray()
            .Where(s => s.GetProperty("matched").GetBoolean()).Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Trung", "Nguyên"], matched);
        Assert.Equal([30], result.GetProperty("classes").EnumerateArray().Select(c => c.GetInt32()));
    }

    [Fact]
    public async Task Post_search_takes_goods_and_services_and_the_same_filters()
    {
        var result = await _client.PostOk("/api/trademarks/search", new
        {
            mark = "Trung Nguyen",
            classes = new[] { 30 },
            goodsServices = "cà phê rang xay",
            top = 5,
        });
        var hits = result.GetProperty("hits");
        Assert.Equal("TEST-TM-0001", hits[0].GetProperty("number").GetString());
        Assert.True(hits.GetArrayLength() <= 5);
    }

    [Fact]
    public async Task Status_and_date_filters_narrow_the_register()
    {
        var live = (await _client.GetOk("/api/trademarks/search?mark=Hoa%20Sen&top=50")).GetProperty("hits").Numbers();
        Assert.Contains("TEST-TM-0004", live);
        Assert.DoesNotContain("TEST-TM-0005", live); // expired

        var all = (await _client.GetOk("/api/trademarks/search?mark=Hoa%20Sen&status=all&top=50")).GetProperty("hits").Numbers();
        Assert.Contains("TEST-TM-0005", all);

        var expiredOnly = (await _client.GetOk("/api/trademarks/search?mark=Hoa%20Sen&status=expired")).GetProperty("hits");
        Assert.All(expiredOnly.EnumerateArray(), h => Assert.Equal("expired", h.GetProperty("status").GetString()));

        var before2000 = (await _client.GetOk("/api/trademarks/search?mark=Hoa%20Sen&status=all&before=2000-01-01")).GetProperty("hits");
        Assert.Equal(["TEST-TM-0005"], before2000.Numbers());
    }

    [Fact]
    public async Task Get_by_number_returns_the_register_entry()
    {
        var t = await _client.GetOk("/api/trademarks/TEST-TM-0013");
        Assert.Equal("Cà Phê Núi Xanh", t.GetProperty("mark").GetString());
        Assert.Equal(["Cà Phê"], t.GetProperty("disclaimed").Strings());
        Assert.Equal("registered", t.GetProperty("status").GetString());
        Assert.Equal("2018-03-15", t.GetProperty("filingDate").GetString());
    }

    [Fact]
    public async Task Classes_filter_by_default_as_in_the_cli_and_classFilter_none_lets_them_only_weigh_in_the_score()
    {
        // Sao Mai is in classes 29 and 30; SAOMAI Group is in class 35.
        var filtered = await _client.GetOk("/api/trademarks/search?mark=Sao%20Mai&classes=30");
        var scoredOnly = await _client.GetOk("/api/trademarks/search?mark=Sao%20Mai&classes=30&classFilter=none");

        Assert.All(filtered.GetProperty("hits").EnumerateArray(), h => Assert.Contains(30, h.GetProperty("classes").EnumerateArray().Select(c => c.GetInt32())));
        Assert.DoesNotContain("TEST-TM-0003", filtered.GetProperty("hits").Numbers());
        Assert.Contains("TEST-TM-0003", scoredOnly.GetProperty("hits").Numbers());
    }

    [Fact]
    public async Task Unknown_number_is_404()
    {
        await ProblemAssert.IsProblem(await _client.GetAsync("/api/trademarks/VN-4-0000-NOPE"), HttpStatusCode.NotFound, "VN-4-0000-NOPE");
    }

    [Theory]
    [InlineData("/api/trademarks/search", "'mark' is required")]
    [InlineData("/api/trademarks/search?mark=%20", "'mark' is required")]
    [InlineData("/api/trademarks/search?mark=Sao&classes=46", "Nice class 46")]
    [InlineData("/api/trademarks/search?mark=Sao&classes=abc", "Nice class 'abc'")]
    [InlineData("/api/trademarks/search?mark=Sao&top=201", "'top' must be from 1 to 200")]
    [InlineData("/api/trademarks/search?mark=Sao&top=0", "'top' must be from 1 to 200")]
    [InlineData("/api/trademarks/search?mark=Sao&top=many", "top")]
    [InlineData("/api/trademarks/search?mark=Sao&status=lapsed", "unknown status 'lapsed'")]
    [InlineData("/api/trademarks/search?mark=Sao&before=2020-13-01", "'before' must be a date")]
    [InlineData("/api/trademarks/search?mark=Sao&classFilter=near", "'classFilter'")]
    [InlineData("/api/trademarks/search?mark=Sao&classFilter=exact", "class filter needs at least one class")]
    public async Task Bad_get_parameters_are_400_naming_the_problem(string url, string detail)
    {
        await ProblemAssert.IsProblem(await _client.GetAsync(url), HttpStatusCode.BadRequest, detail);
    }

    [Fact]
    public async Task Text_over_ten_thousand_characters_is_400()
    {
        var longMark = await _client.PostAsJsonAsync("/api/trademarks/search", new { mark = new string('a', 10_001) });
        await ProblemAssert.IsProblem(longMark, HttpStatusCode.BadRequest, "at most 10,000");

        var longGoods = await _client.PostAsJsonAsync("/api/trademarks/search", new { mark = "Sao Mai", goodsServices = new string('x', 10_001) });
        await ProblemAssert.IsProblem(longGoods, HttpStatusCode.BadRequest, "'goodsServices'");
    }

    [Fact]
    public async Task Bad_post_bodies_are_400()
    {
        var unknownClass = await _client.PostAsJsonAsync("/api/trademarks/search", new { mark = "Sao Mai", classes = new[] { 0 } });
        await ProblemAssert.IsProblem(unknownClass, HttpStatusCode.BadRequest, "Nice class 0");

        var notJson = await _client.PostAsync("/api/trademarks/search", new StringContent("{\"mark\": ", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblem(notJson, HttpStatusCode.BadRequest);

        var wrongType = await _client.PostAsync("/api/trademarks/search", new StringContent("{\"mark\": \"Sao\", \"classes\": \"thirty\"}", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsProblem(wrongType, HttpStatusCode.BadRequest);
    }
}
