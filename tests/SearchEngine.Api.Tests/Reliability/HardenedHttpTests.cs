using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using SearchEngine.Api.Hosting;
using SearchEngine.Patents.QueryLanguage;

namespace SearchEngine.Api.Tests.Reliability;

public sealed class HardenedFactory() : ApiFactory(new Dictionary<string, string?>
{
    ["SearchEngine:AdminApiKey"] = HardenedHttpTests.Key,
    ["SearchEngine:MaxUploadLineBytes"] = "65536",
    ["SearchEngine:MaxExpandedUploadBytes"] = "1048576",
});

/// <summary>The HTTP face: costly queries, bad charsets, oversize requests and uploads get 4xx problem+json, never a 5xx.</summary>
[Collection(UploadSpoolCollection.Name)]
public class HardenedHttpTests(HardenedFactory factory) : IClassFixture<HardenedFactory>
{
    public const string Key = "hardened-key";
    private readonly HttpClient _client = factory.CreateClient();

    private static string Chain(int words) => string.Join(" NEAR5 ", Enumerable.Repeat("pin", words));

    /// <summary>Every costly shape seen in the attack, and what it must get instead of running.</summary>
    public static TheoryData<string, string, int, string> CostlyShapes() => new()
    {
        { "GET", "/api/patents/search?q=" + Uri.EscapeDataString(Chain(610)), 400, "NEAR/ADJ operands" },
        { "GET", "/api/patents/search?q=" + Uri.EscapeDataString(Chain(800)), 400, "NEAR/ADJ operands" },
        { "GET", "/api/patents/search?q=" + Uri.EscapeDataString(new string('(', 4_000) + "pin" + new string(')', 4_000)), 400, "nesting depth" },
        { "GET", "/api/patents/search?q=" + Uri.EscapeDataString(string.Join(" OR ", Enumerable.Range(0, 200).Select(i => $"w{i}"))), 400, "terms" },
        { "GET", "/api/patents/search?q=" + Uri.EscapeDataString(string.Join(" OR ", Enumerable.Range(0, 20).Select(i => $"ab{i}*"))), 400, "wildcards" },
        { "GET", "/api/patents/search?q=" + Uri.EscapeDataString("\"" + string.Join(' ', Enumerable.Repeat("pin", 2_000)) + "\""), 400, "terms" },
        { "POST", "/api/patents/similar|{\"text\": \"" + new string('x', 10_001) + "\"}", 400, "at most 10,000" },
        { "GET", "/api/trademarks/search?mark=" + new string('a', 5_000), 400, "at most 500" },
        { "GET", "/api/trademarks/search?mark=Sao&top=100000", 400, "'top'" },
        { "POST", "/api/trademarks/search|{\"mark\": \"Sao\", \"classes\": [" + string.Join(',', Enumerable.Range(0, 5000).Select(i => i % 45 + 1)) + "]}", 200, "" },
    };

    [Theory]
    [MemberData(nameof(CostlyShapes))]
    public async Task Costly_shapes_are_answered_not_run(string method, string target, int status, string named)
    {
        var parts = target.Split('|', 2);
        using var request = new HttpRequestMessage(new HttpMethod(method), parts[0]);
        if (parts.Length == 2) request.Content = new StringContent(parts[1], Encoding.UTF8, "application/json");
        var response = await _client.SendAsync(request);
        if (status == 200)
        {
            await Json.Ok(response);
            return;
        }

        await ProblemAssert.IsProblem(response, (HttpStatusCode)status, named);
    }

    [Theory]
    [InlineData("/api/trademarks/search", "{\"mark\": \"Sao Mai\"}")]
    [InlineData("/api/patents/similar", "{\"text\": \"air filter layer\"}")]
    [InlineData("/api/feedback", "{\"collection\": \"trademarks\", \"query\": \"Sao\", \"number\": \"TEST-TM-0002\", \"grade\": 3}")]
    public async Task An_unknown_charset_is_415_on_every_json_post(string path, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=bogus");
        await ProblemAssert.IsProblem(await _client.PostAsync(path, content), HttpStatusCode.UnsupportedMediaType, "charset 'bogus'");

        var fine = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        fine.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=utf-8");
        Assert.True((int)(await _client.PostAsync(path, fine)).StatusCode < 300);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/api/trademarks/search?mark=Sao")]
    [InlineData("/api/patents/nope")]
    public async Task Every_answer_carries_the_security_headers_and_no_server_name(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Binding_errors_name_the_parameter_not_the_dotnet_type()
    {
        var bad = await _client.GetAsync("/api/trademarks/search?mark=Sao&top=many");
        var problem = await ProblemAssert.IsProblem(bad, HttpStatusCode.BadRequest, "'top' cannot be read from 'many'");
        Assert.DoesNotContain("Int32", problem.GetProperty("detail").GetString());

        var wrongKind = await _client.PostAsync("/api/trademarks/search", new StringContent("{\"mark\": \"Sao\", \"top\": \"x\"}", Encoding.UTF8, "application/json"));
        var detail = (await ProblemAssert.IsProblem(wrongKind, HttpStatusCode.BadRequest, "$.top")).GetProperty("detail").GetString()!;
        Assert.DoesNotContain("System.", detail);
        Assert.DoesNotContain("TrademarkSearchRequest", detail);

        var notJson = await _client.PostAsync("/api/trademarks/search", new StringContent("{mark", Encoding.UTF8, "application/json"));
        Assert.DoesNotContain("TrademarkSearchRequest", (await ProblemAssert.IsProblem(notJson, HttpStatusCode.BadRequest, "not valid JSON")).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Oversize_targets_and_headers_are_problem_json()
    {
        var longTarget = await _client.GetAsync("/api/trademarks/search?mark=" + new string('a', RequestGuards.MaxTargetBytes));
        await ProblemAssert.IsProblem(longTarget, HttpStatusCode.RequestUriTooLong, "request target");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        for (var i = 0; i < RequestGuards.MaxHeaderCount + 5; i++) request.Headers.Add($"X-Filler-{i}", "x");
        await ProblemAssert.IsProblem(await _client.SendAsync(request), HttpStatusCode.RequestHeaderFieldsTooLarge, "headers");
    }

    [Fact]
    public async Task An_oversize_examiner_id_in_feedback_is_refused()
    {
        var judgement = new { collection = "trademarks", query = "Sao", number = "TEST-TM-0002", grade = 3, user = new string('u', 101) };
        await ProblemAssert.IsProblem(await _client.PostAsJsonAsync("/api/feedback", judgement), HttpStatusCode.BadRequest, "'user'");
    }

    [Fact]
    public void Upload_spools_of_dead_processes_are_deleted_at_start()
    {
        var stale = Path.Combine(UploadSpool.Folder, "2147483646-left-by-a-kill");
        var ours = UploadSpool.NewFile();
        File.WriteAllText(stale, "half an upload");
        File.WriteAllText(ours, "an upload in progress");
        try
        {
            using var restarted = new ApiFactory();
            restarted.CreateClient();
            Assert.False(File.Exists(stale));
            Assert.True(File.Exists(ours)); // a running process's spool is left alone
        }
        finally
        {
            File.Delete(stale);
            File.Delete(ours);
        }
    }

    [Fact]
    public async Task Health_shows_no_absolute_path()
    {
        var body = await _client.GetStringAsync("/health");
        Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), body);
        Assert.DoesNotContain(factory.IndexRoot, body);
    }

    private async Task<HttpResponseMessage> Upload(string query, byte[] gzip)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/import" + query) { Content = new ByteArrayContent(gzip) };
        request.Headers.Add("X-Api-Key", Key);
        return await _client.SendAsync(request);
    }

    private static byte[] Gzip(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) write(zip);
        return buffer.ToArray();
    }

    [Theory]
    [InlineData("trademarks")]
    [InlineData("patents")]
    public async Task A_gzip_of_one_huge_line_is_refused_as_a_bad_line(string collection)
    {
        var bomb = Gzip(z =>
        {
            z.Write("{\"id\": \""u8);
            var chunk = Encoding.ASCII.GetBytes(new string('a', 4096));
            for (var i = 0; i < 64; i++) z.Write(chunk); // 256 kB of one line, packed to about a kilobyte
        });
        Assert.True(bomb.Length < 4096);
        await ProblemAssert.IsProblem(await Upload($"?collection={collection}&format=jsonl", bomb), HttpStatusCode.BadRequest, "a line is longer than 65,536 bytes");
    }

    [Fact]
    public async Task A_gzip_that_unpacks_past_the_cap_is_413()
    {
        var line = Encoding.UTF8.GetBytes("{\"id\": \"BOMB\", \"mark\": \"" + new string('b', 200) + "\", \"classes\": [1]}\n");
        var bomb = Gzip(z => { for (var i = 0; i < 10_000; i++) z.Write(line); }); // about 2.3 MB unpacked
        await ProblemAssert.IsProblem(await Upload("?collection=trademarks&format=jsonl", bomb), HttpStatusCode.RequestEntityTooLarge, "unpacks to more than");
        Assert.Empty(Directory.EnumerateFiles(UploadSpool.Folder, $"{Environment.ProcessId}-*"));
    }
}
