using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SearchEngine.Classifications.Nice;

namespace SearchEngine.Trademarks;

/// <summary>
/// A trademark detail page of a WIPO Publish register (IP Viet Nam's, wipopublish.ipvietnam.gov.vn), as a
/// crawler saves it. Fields are found by their INID code in the label ("(541) Nhãn hiệu"), so the page's
/// language does not matter; the status row is the one label without a code ("Trạng thái", "Status").
/// </summary>
internal static partial class WipoPublishPage
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Reads one page; throws <see cref="SearchEngineException"/> when it is not a trademark page (a server error page).</summary>
    public static TrademarkRecord Read(string html, string fallbackId)
    {
        using var doc = Parser.ParseDocument(html);
        var fields = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var label in doc.QuerySelectorAll(".product-form-label"))
        {
            if (label.NextElementSibling is not { } details || !details.ClassList.Any(c => c.StartsWith("product-form-detail", StringComparison.Ordinal))) continue;
            var text = OfficeText.Clean(label.TextContent) ?? "";
            var code = Inid().Match(text);
            fields.TryAdd(code.Success ? code.Groups[1].Value : text, details);
        }

        if (!fields.ContainsKey("541") && !fields.ContainsKey("200"))
        {
            var body = OfficeText.Clean(doc.Body?.TextContent) ?? "";
            var reason = body.Contains("unexpected server error", StringComparison.OrdinalIgnoreCase)
                ? "an error page (\"An unexpected server error has occurred\"), not a trademark record"
                : "not a WIPO Publish trademark page (no INID fields)";
            throw new SearchEngineException(reason);
        }

        string? Text(string key) => fields.TryGetValue(key, out var e) ? OfficeText.Clean(e.TextContent) : null;
        IElement? Field(string key) => fields.GetValueOrDefault(key);

        var application = Spans(Field("200"));
        var registration = Spans(Field("100"));
        var owners = Parties(Field("730"));
        var current = owners.Where(o => o.Date is not null).OrderBy(o => o.Date, StringComparer.Ordinal).LastOrDefault() ?? owners.FirstOrDefault();
        var goods = Goods(Field("511"));
        var id = application.FirstOrDefault() is { } number ? Regex.Replace(number, @"\s+", "") : fallbackId;
        return new TrademarkRecord
        {
            Id = id,
            Mark = MarkWords(Field("541")) ?? MarkWords(Field("571")),
            MarkType = Text("550"),
            Goods = goods,
            Classes = [.. goods.Select(g => g.Class)],
            ViennaCodes = Field("531")?.QuerySelectorAll(".ext-link-text").Select(e => OfficeText.Clean(e.TextContent)).OfType<string>().ToList(),
            Colours = OfficeText.Colours(Text("591")),
            Status = OfficeText.StatusFromWords(Text("Trạng thái") ?? Text("Status")),
            FilingDate = OfficeText.FirstDate(string.Join(' ', application.Skip(1))),
            RegistrationNumber = registration.FirstOrDefault(s => !OfficeText.IsDateOnly(s)),
            RegistrationDate = OfficeText.FirstDate(string.Join(' ', registration)),
            ExpiryDate = OfficeText.FirstDate(Text("180")),
            PublicationDate = Publications(Field("400")).Min(),
            Priority = OfficeText.FirstDate(Text("300")),
            Owner = current?.Name,
            OwnerAddress = current?.Address,
            Agent = Parties(Field("740")).FirstOrDefault()?.Name,
            Disclaimed = OfficeText.QuotedElements(Text("526")),
            Translation = LanguageTag().Replace(Text("566") ?? "", "").Trim(),
            Office = "VN",
            ImageUrl = doc.QuerySelector("img.rs-LOGO")?.GetAttribute("src")?.Trim(),
        };
    }

    private static List<string> Spans(IElement? details) =>
        details is null ? [] : [.. details.QuerySelectorAll("span").Select(s => OfficeText.Clean(s.TextContent)).OfType<string>()];

    /// <summary>The mark's words: the first language line ("(VI) KASUMI"), without its language tag.</summary>
    private static string? MarkWords(IElement? details)
    {
        if (details is null) return null;
        var line = new System.Text.StringBuilder();
        foreach (var node in details.ChildNodes)
        {
            if (node is IElement { LocalName: "br" })
            {
                if (Words(line.ToString()) is { } words) return words;
                line.Clear();
            }
            else line.Append(node.TextContent).Append(' ');
        }

        return Words(line.ToString());
    }

    private static string? Words(string line) => OfficeText.Clean(LanguageTag().Replace(line, ""));

    private static List<TrademarkRecord.GoodsRecord> Goods(IElement? details)
    {
        var goods = new List<TrademarkRecord.GoodsRecord>();
        if (details is null) return goods;
        foreach (var row in details.QuerySelectorAll(".row"))
        {
            var number = OfficeText.Clean(row.QuerySelector(".ext-link-text")?.TextContent);
            var text = OfficeText.Clean(row.QuerySelector(".col-md-10")?.TextContent);
            if (number is null || !int.TryParse(number, out var n) || n is < NiceClass.First or > NiceClass.Last) continue;
            goods.Add(new TrademarkRecord.GoodsRecord { Class = n, Text = text ?? "" });
        }

        return goods;
    }

    private static IEnumerable<string> Publications(IElement? details) =>
        details is null ? [] : details.QuerySelectorAll("div").Select(d => OfficeText.Date(d.TextContent)).OfType<string>();

    private sealed record Party(string Name, string? Address, string? Date);

    /// <summary>
    /// Owners (730) or agents (740), one block each: "(VI) Name : address", a later owner's block ending in the
    /// date the change was recorded ("... tỉnh An Giang 11/11/2020").
    /// </summary>
    private static List<Party> Parties(IElement? details)
    {
        var parties = new List<Party>();
        if (details is null) return parties;
        foreach (var row in details.QuerySelectorAll(".row"))
        {
            var text = OfficeText.Clean(LanguageTag().Replace(row.TextContent, ""));
            if (text is null) continue;
            string? date = null;
            var trailing = TrailingDate().Match(text);
            if (trailing.Success)
            {
                date = OfficeText.Date(trailing.Groups[1].Value);
                text = text[..trailing.Index].Trim();
            }

            var colon = NameSeparator().Match(text);
            var name = colon.Success ? text[..colon.Index].Trim() : text;
            var address = colon.Success ? OfficeText.Clean(text[(colon.Index + colon.Length)..]) : null;
            name = NationalityCode().Replace(name, "").Trim();
            if (name.Length > 0) parties.Add(new Party(name, address, date));
        }

        return parties;
    }

    [GeneratedRegex(@"^\((\d{3})\)")]
    private static partial Regex Inid();

    [GeneratedRegex(@"^\s*\([A-Z]{2}\)\s*")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"\s+(\d{1,2}/\d{1,2}/\d{4})$")]
    private static partial Regex TrailingDate();

    [GeneratedRegex(@"\s+:\s*")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\([A-Z]{2}\)$")]
    private static partial Regex NationalityCode();
}
