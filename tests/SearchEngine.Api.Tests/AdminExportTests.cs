using System.Net;
using System.Text;
using System.Text.Json;

namespace SearchEngine.Api.Tests;

[Collection(UploadSpoolCollection.Name)]
public class AdminExportTests(AdminFactory factory) : IClassFixture<AdminFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private const string St96 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmk:TrademarkTransaction xmlns:com="http://www.wipo.int/standards/XMLSchema/ST96/Common" xmlns:tmk="http://www.wipo.int/standards/XMLSchema/ST96/Trademark">
          <tmk:TrademarkTransactionBody><tmk:TransactionContentBag><tmk:TransactionData><tmk:TrademarkBag>
            <tmk:Trademark>
              <com:RegistrationOfficeCode>US</com:RegistrationOfficeCode>
              <com:ApplicationNumber><com:ApplicationNumberText>EXP-96</com:ApplicationNumberText></com:ApplicationNumber>
              <tmk:ApplicationDate>2011-05-31-04:00</tmk:ApplicationDate>
              <tmk:MarkCurrentStatusCode>630</tmk:MarkCurrentStatusCode>
              <tmk:MarkRepresentation>
                <tmk:MarkFeatureCategory>Combined</tmk:MarkFeatureCategory>
                <tmk:MarkReproduction><tmk:WordMarkSpecification><tmk:MarkVerbalElementText>Sao Vuông</tmk:MarkVerbalElementText></tmk:WordMarkSpecification>
                  <tmk:MarkImageBag><tmk:MarkImage><tmk:NationalDesignSearchCodeBag><tmk:NationalDesignSearchCode>
                    <tmk:NationalDesignCode>26.04.01</tmk:NationalDesignCode></tmk:NationalDesignSearchCode></tmk:NationalDesignSearchCodeBag></tmk:MarkImage></tmk:MarkImageBag>
                </tmk:MarkReproduction>
              </tmk:MarkRepresentation>
              <tmk:GoodsServicesBag><tmk:GoodsServices><tmk:ClassDescriptionBag><tmk:ClassDescription>
                <tmk:ClassNumber>030</tmk:ClassNumber><tmk:GoodsServicesDescriptionText>Coffee</tmk:GoodsServicesDescriptionText>
              </tmk:ClassDescription></tmk:ClassDescriptionBag></tmk:GoodsServices></tmk:GoodsServicesBag>
            </tmk:Trademark>
          </tmk:TrademarkBag></tmk:TransactionData></tmk:TransactionContentBag></tmk:TrademarkTransactionBody>
        </tmk:TrademarkTransaction>
        """;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent? content = null, string? key = AdminImportTests.Key)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await _client.SendAsync(request);
    }

    [Fact]
    public async Task An_ST96_upload_is_recognised_by_content_searchable_by_Vienna_code_and_exported()
    {
        var upload = await Json.Ok(await Send(HttpMethod.Post, "/api/admin/import?name=mark.xml", new StringContent(St96, Encoding.UTF8, "application/xml")));
        Assert.Equal("xml", upload.GetProperty("format").GetString());
        Assert.Equal(1, upload.GetProperty("imported").GetInt64());

        var found = await _client.GetOk("/api/trademarks/EXP-96");
        Assert.Equal("combined", found.GetProperty("markType").GetString());
        Assert.Equal("Squares", found.GetProperty("vienna")[0].GetProperty("name").GetString());
        Assert.Equal(30, found.GetProperty("goods")[0].GetProperty("class").GetInt32());

        var byFigure = await _client.GetOk("/api/trademarks/search?vienna=26.04&status=all");
        Assert.Contains("EXP-96", byFigure.GetProperty("hits").Numbers());
        Assert.True(byFigure.GetProperty("matching").GetInt32() >= 1);
        Assert.Contains(byFigure.GetProperty("viennaDivisions").EnumerateArray(), f => f.GetProperty("code").GetString() == "26.04");

        var export = await Send(HttpMethod.Get, "/api/admin/export/trademarks");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/x-ndjson", export.Content.Headers.ContentType?.MediaType);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var record = lines.Select(l => JsonDocument.Parse(l).RootElement).Single(r => r.GetProperty("id").GetString() == "EXP-96");
        Assert.Equal("26.04.01", record.GetProperty("viennaCodes")[0].GetString());
        Assert.Equal("pending", record.GetProperty("status").GetString());
        Assert.Equal("2011-05-31", record.GetProperty("filingDate").GetString());
    }

    [Fact]
    public async Task Export_needs_the_admin_key_and_a_bad_Vienna_code_is_a_400()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/api/admin/export/trademarks", key: "wrong")).StatusCode);
        var bad = await _client.GetAsync("/api/trademarks/search?mark=Sao&vienna=98.04");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }
}
