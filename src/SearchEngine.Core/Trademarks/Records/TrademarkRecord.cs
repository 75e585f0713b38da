using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;
using SearchEngine.Classifications.Nice;
using SearchEngine.Classifications;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks;

/// <summary>
/// The register's line format (JSON Lines, and the column names of CSV files), a contract of <c>export</c>:
/// <c>id, mark, classes, goods [{class, text}], viennaCodes, colours, markType, status, filingDate,
/// registrationNumber, registrationDate, expiryDate, publicationDate, priority, owner, ownerAddress, agent,
/// disclaimed, translation, office, imageUrl</c>; dates yyyy-mm-dd. Older files' <c>goodsServices</c> and
/// <c>priorityDate</c> are still read. Also the stored form in the index.
/// </summary>
internal sealed class TrademarkRecord
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("mark")] public string? Mark { get; set; }
    [JsonPropertyName("markType")] public string? MarkType { get; set; }
    [JsonPropertyName("classes")] public List<int>? Classes { get; set; }
    [JsonPropertyName("goods")] public List<GoodsRecord>? Goods { get; set; }
    [JsonPropertyName("goodsServices")] public string? GoodsServices { get; set; }
    [JsonPropertyName("viennaCodes")] public List<string>? ViennaCodes { get; set; }
    [JsonPropertyName("colours")] public List<string>? Colours { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("filingDate")] public string? FilingDate { get; set; }
    [JsonPropertyName("registrationNumber")] public string? RegistrationNumber { get; set; }
    [JsonPropertyName("registrationDate")] public string? RegistrationDate { get; set; }
    [JsonPropertyName("expiryDate")] public string? ExpiryDate { get; set; }
    [JsonPropertyName("publicationDate")] public string? PublicationDate { get; set; }
    [JsonPropertyName("priority")] public string? Priority { get; set; }
    [JsonPropertyName("priorityDate")] public string? PriorityDate { get; set; }
    [JsonPropertyName("owner")] public string? Owner { get; set; }
    [JsonPropertyName("ownerAddress")] public string? OwnerAddress { get; set; }
    [JsonPropertyName("agent")] public string? Agent { get; set; }
    [JsonPropertyName("disclaimed")] public List<string>? Disclaimed { get; set; }
    [JsonPropertyName("translation")] public string? Translation { get; set; }
    [JsonPropertyName("office")] public string? Office { get; set; }
    [JsonPropertyName("imageUrl")] public string? ImageUrl { get; set; }

    internal sealed class GoodsRecord
    {
        [JsonPropertyName("class")] public int Class { get; set; }
        [JsonPropertyName("text")] public string? Text { get; set; }
    }

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
        Goods = t.Goods.Count == 0 ? null : t.Goods.Select(g => new GoodsRecord { Class = g.Class.Number, Text = g.Text }).ToList(),
        GoodsServices = t.GoodsServices,
        ViennaCodes = t.ViennaCodes.Count == 0 ? null : [.. t.ViennaCodes],
        Colours = t.Colours.Count == 0 ? null : [.. t.Colours],
        Status = t.Status.ToName(),
        FilingDate = Format(t.FilingDate),
        RegistrationNumber = t.RegistrationNumber,
        RegistrationDate = Format(t.RegistrationDate),
        ExpiryDate = Format(t.ExpiryDate),
        PublicationDate = Format(t.PublicationDate),
        Priority = Format(t.PriorityDate),
        Owner = t.Owner,
        OwnerAddress = t.OwnerAddress,
        Agent = t.Agent,
        Disclaimed = t.Disclaimed.Count == 0 ? [] : [.. t.Disclaimed],
        Translation = t.Translation,
        Office = t.Office,
        ImageUrl = t.ImageUrl,
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
        var markType = validate ? MarkTypes.Normalize(MarkType) : MarkType ?? "word";
        var vienna = validate ? ParseVienna(ViennaCodes) : ViennaCodes ?? [];

        // A purely figurative mark has no words: it is searched by its Vienna codes alone.
        var figurativeOnly = markType != "word" && (string.IsNullOrWhiteSpace(Mark) || MarkText.Parse(Mark).IsEmpty);
        if (validate && !figurativeOnly) MarkText.ParseValid(Mark);
        var status = MarkStatus.Registered;
        if (!string.IsNullOrWhiteSpace(Status) && !MarkStatuses.TryParse(Status, out status))
        {
            throw new SearchEngineException($"unknown status '{Status}' (use {string.Join(", ", MarkStatuses.All.Select(s => s.ToName()))})");
        }

        var goods = (Goods ?? []).Where(g => !string.IsNullOrWhiteSpace(g.Text)).Select(g => new GoodsStatement(new NiceClass(g.Class), g.Text!.Trim())).ToList();
        return new Trademark
        {
            Number = number,
            Mark = (Mark ?? "").Trim(),
            MarkType = markType,
            Classes = (Classes ?? []).Concat(goods.Select(g => g.Class.Number)).Distinct().Order().Select(n => new NiceClass(n)).ToList(),
            GoodsServices = Blank(GoodsServices),
            Goods = goods,
            Owner = Blank(Owner),
            OwnerAddress = Blank(OwnerAddress),
            Agent = Blank(Agent),
            Status = status,
            FilingDate = ParseDate(FilingDate, "filingDate"),
            PriorityDate = ParseDate(Priority, "priority") ?? ParseDate(PriorityDate, "priorityDate"),
            RegistrationNumber = Blank(RegistrationNumber),
            RegistrationDate = ParseDate(RegistrationDate, "registrationDate"),
            ExpiryDate = ParseDate(ExpiryDate, "expiryDate"),
            PublicationDate = ParseDate(PublicationDate, "publicationDate"),
            Disclaimed = NonBlank(Disclaimed),
            ViennaCodes = vienna,
            Translation = Blank(Translation),
            Colours = NonBlank(Colours),
            Office = Blank(Office),
            ImageUrl = Blank(ImageUrl),
        };
    }

    private static List<string> ParseVienna(List<string>? codes) =>
        NonBlank(codes).Select(c => ViennaCode.Parse(c, "viennaCodes").ToString()).Distinct().ToList();

    private static List<string> NonBlank(List<string>? items) =>
        (items ?? []).Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).ToList();

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
