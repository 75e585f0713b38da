using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchEngine.Trademarks;

/// <summary>
/// The register's line format (JSON Lines, and the column names of CSV files):
/// <c>{"id", "mark", "classes", "owner", "status", "filingDate", "disclaimed", "markType"}</c> plus the optional
/// <c>goodsServices, priorityDate, registrationDate, expiryDate, viennaCodes</c>. Also the stored form in the index.
/// </summary>
internal sealed class TrademarkRecord
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("mark")] public string? Mark { get; set; }
    [JsonPropertyName("markType")] public string? MarkType { get; set; }
    [JsonPropertyName("classes")] public List<int>? Classes { get; set; }
    [JsonPropertyName("goodsServices")] public string? GoodsServices { get; set; }
    [JsonPropertyName("goods")] public List<GoodsRecord>? Goods { get; set; }
    [JsonPropertyName("owner")] public string? Owner { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("filingDate")] public string? FilingDate { get; set; }
    [JsonPropertyName("priorityDate")] public string? PriorityDate { get; set; }
    [JsonPropertyName("registrationDate")] public string? RegistrationDate { get; set; }
    [JsonPropertyName("expiryDate")] public string? ExpiryDate { get; set; }
    [JsonPropertyName("disclaimed")] public List<string>? Disclaimed { get; set; }
    [JsonPropertyName("viennaCodes")] public List<string>? ViennaCodes { get; set; }

    internal static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TrademarkRecord From(Trademark t) => new()
    {
        Id = t.Number,
        Mark = t.Mark,
        MarkType = t.MarkType,
        Classes = t.Classes.Select(c => c.Number).ToList(),
        GoodsServices = t.GoodsServices,
        Goods = t.Goods.Count == 0 ? null : [.. t.Goods.Select(g => new GoodsRecord { Class = g.Class.Number, Text = g.Text })],
        Owner = t.Owner,
        Status = t.Status.ToName(),
        FilingDate = Format(t.FilingDate),
        PriorityDate = Format(t.PriorityDate),
        RegistrationDate = Format(t.RegistrationDate),
        ExpiryDate = Format(t.ExpiryDate),
        Disclaimed = t.Disclaimed.Count == 0 ? [] : [.. t.Disclaimed],
        ViennaCodes = t.ViennaCodes.Count == 0 ? null : [.. t.ViennaCodes],
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static TrademarkRecord FromJson(string json) =>
        JsonSerializer.Deserialize<TrademarkRecord>(json, Options) ?? throw new JsonException("the line is JSON null, not an object");

    /// <summary>Checks every field and builds the trademark; throws <see cref="SearchEngineException"/> naming the first problem.</summary>
    /// <param name="validate">False for records read back from the index, which were checked when imported.</param>
    public Trademark ToTrademark(bool validate = true)
    {
        var number = Id?.Trim();
        if (string.IsNullOrEmpty(number)) throw new SearchEngineException("missing id (the application number)");
        if (number.Length > 100) throw new SearchEngineException("the id is longer than 100 characters");
        if (validate) MarkText.ParseValid(Mark);
        var status = MarkStatus.Registered;
        if (!string.IsNullOrWhiteSpace(Status) && !MarkStatuses.TryParse(Status, out status))
        {
            throw new SearchEngineException($"unknown status '{Status}' (use {string.Join(", ", MarkStatuses.All.Select(s => s.ToName()))})");
        }

        return new Trademark
        {
            Number = number,
            Mark = Mark!.Trim(),
            MarkType = string.IsNullOrWhiteSpace(MarkType) ? "word" : MarkType.Trim(),
            Classes = (Classes ?? []).Distinct().Order().Select(n => new NiceClass(n)).ToList(),
            GoodsServices = Blank(GoodsServices),
            Goods = (Goods ?? []).Where(g => !string.IsNullOrWhiteSpace(g.Text)).Select(g => new GoodsStatement(new NiceClass(g.Class), g.Text!.Trim())).ToList(),
            Owner = Blank(Owner),
            Status = status,
            FilingDate = ParseDate(FilingDate, "filingDate"),
            PriorityDate = ParseDate(PriorityDate, "priorityDate"),
            RegistrationDate = ParseDate(RegistrationDate, "registrationDate"),
            ExpiryDate = ParseDate(ExpiryDate, "expiryDate"),
            Disclaimed = (Disclaimed ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).ToList(),
            ViennaCodes = (ViennaCodes ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).ToList(),
        };
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Format(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string[] formats = ["yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "yyyyMMdd"];
        if (DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        throw new SearchEngineException($"{field} '{text}' is not a date (use yyyy-mm-dd)");
    }
}

/// <summary>One class's goods in the line format: <c>{"class": 30, "text": "cà phê; chè"}</c>.</summary>
internal sealed class GoodsRecord
{
    [JsonPropertyName("class")] public int Class { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
}
