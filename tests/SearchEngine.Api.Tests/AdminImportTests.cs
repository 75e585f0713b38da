using System.IO.Compression;
using System.Net;
using System.Text;

namespace SearchEngine.Api.Tests;

public sealed class AdminFactory() : ApiFactory(new Dictionary<string, string?>
{
    ["SearchEngine:AdminApiKey"] = AdminImportTests.Key,
    ["SearchEngine:MaxUploadBytes"] = "65536",
});

[Collection(UploadSpoolCollection.Name)]
public class AdminImportTests(AdminFactory factory) : IClassFixture<AdminFactory>
{
    public const string Key = "test-admin-key";
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<HttpResponseMessage> Upload(string query, HttpContent content, string? key = Key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/import" + query) { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await _client.SendAsync(request);
    }

    private static StringContent Text(string text, string type = "application/x-ndjson") => new(text, Encoding.UTF8, type);

    [Fact]
    public async Task Json_lines_import_is_searchable_at_once_and_reports_bad_lines()
    {
        var lines = """
            {"id": "ADM-1", "mark": "Rồng Xanh", "classes": [32], "status": "registered", "filingDate": "2019-01-01"}
            {"id": "ADM-2", "mark": "", "classes": [32]}
            not json
            {"id": "ADM-3", "mark": "Rong Vang", "classes": [99]}
            {"id": "ADM-4", "mark": "Rồng Đỏ", "classes": [33], "status": "pending"}
            """;
        var result = await Json.Ok(await Upload("?collection=trademarks&name=batch.jsonl", Text(lines)));
        Assert.Equal(2, result.GetProperty("imported").GetInt64());
        Assert.Equal(3, result.GetProperty("skipped").GetInt64());
        var positions = result.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("position").GetString()).ToList();
        Assert.Equal(["line 2", "line 3", "line 4"], positions);

        var found = await _client.GetOk("/api/trademarks/ADM-1");
        Assert.Equal("Rồng Xanh", found.GetProperty("mark").GetString());
        var hits = (await _client.GetOk("/api/trademarks/search?mark=Rong%20Xanh")).GetProperty("hits").Numbers();
        Assert.Contains("ADM-1", hits);
    }

    [Fact]
    public async Task Csv_and_gzip_uploads_import()
    {
        var csv = "id,mark,classes,owner,status,filingDate\nADM-CSV-1,Mây Trắng,30,Cơ sở Mây,registered,2018-05-05\n";
        var result = await Json.Ok(await Upload("?collection=trademarks&format=csv", Text(csv, "text/csv")));
        Assert.Equal(1, result.GetProperty("imported").GetInt64());
        Assert.Equal("csv", result.GetProperty("format").GetString());
        Assert.Equal("Mây Trắng", (await _client.GetOk("/api/trademarks/ADM-CSV-1")).GetProperty("mark").GetString());

        using var gz = new MemoryStream();
        using (var zip = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(Encoding.UTF8.GetBytes("{\"id\": \"ADM-GZ-1\", \"mark\": \"Gió Nam\", \"classes\": [25]}\n"));
        }

        var gzContent = new ByteArrayContent(gz.ToArray());
        gzContent.Headers.ContentType = new("application/x-www-form-urlencoded"); // what curl --data-binary sends
        var zipped = await Json.Ok(await Upload("?collection=trademarks&format=jsonl", gzContent));
        Assert.Equal(1, zipped.GetProperty("imported").GetInt64());
        Assert.Equal("Gió Nam", (await _client.GetOk("/api/trademarks/ADM-GZ-1")).GetProperty("mark").GetString());
    }

    [Fact]
    public async Task Uspto_xml_imports_into_patents()
    {
        // The fixture is already in the index; importing it again replaces it (same number) and counts one record.
        var xml = await File.ReadAllBytesAsync(ApiFactory.Fixture("uspto-grant.xml"));
        var result = await Json.Ok(await Upload("?collection=patents&name=ipg.xml", new ByteArrayContent(xml)));
        Assert.Equal(1, result.GetProperty("imported").GetInt64());
        Assert.Equal(ApiFactory.FixturePatents, result.GetProperty("documentsNow").GetInt32());
        Assert.Equal("US", (await _client.GetOk("/api/patents/07156135")).GetProperty("office").GetString());
    }

    [Fact]
    public async Task Missing_or_wrong_key_is_401()
    {
        await ProblemAssert.IsProblem(await Upload("", Text("{}"), key: null), HttpStatusCode.Unauthorized, "X-Api-Key");
        await ProblemAssert.IsProblem(await Upload("", Text("{}"), key: "guess"), HttpStatusCode.Unauthorized, "X-Api-Key");
    }

    [Fact]
    public async Task Oversize_upload_is_413()
    {
        var big = new string('x', 70_000);
        await ProblemAssert.IsProblem(await Upload("?collection=trademarks", Text(big)), HttpStatusCode.RequestEntityTooLarge, "65,536");

        // Without a Content-Length the limit is enforced while reading.
        var stream = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        stream.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/import?collection=trademarks") { Content = stream };
        request.Headers.Add("X-Api-Key", Key);
        request.Headers.TransferEncodingChunked = true;
        await ProblemAssert.IsProblem(await _client.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Bad_import_requests_are_400()
    {
        await ProblemAssert.IsProblem(await Upload("?collection=designs", Text("{}")), HttpStatusCode.BadRequest, "'collection'");
        await ProblemAssert.IsProblem(await Upload("?collection=trademarks", Text("")), HttpStatusCode.BadRequest, "empty");
        await ProblemAssert.IsProblem(await Upload("?collection=trademarks&format=xlsx", Text("{}")), HttpStatusCode.BadRequest, "xlsx");
        await ProblemAssert.IsProblem(await Upload("?collection=patents&format=pdf", Text("{}")), HttpStatusCode.BadRequest, "'pdf'");
    }
}

public class AdminOffTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Without_a_configured_key_the_admin_endpoint_does_not_exist()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/import") { Content = new StringContent("{}") };
        request.Headers.Add("X-Api-Key", "");
        await ProblemAssert.IsProblem(await factory.CreateClient().SendAsync(request), HttpStatusCode.NotFound);
    }
}
