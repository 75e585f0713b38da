using System.Globalization;
using System.Xml.Linq;
using SearchEngine.Classifications.Nice;
using static SearchEngine.Trademarks.XmlRecords;

namespace SearchEngine.Trademarks;

/// <summary>
/// A trademark in WIPO ST.66 (<c>TradeMark</c>) or ST.96 (<c>Trademark</c>, either namespace). The two name
/// most elements alike; where they differ both names are read (ST.66 first).
/// </summary>
internal static class WipoStandardRecord
{
    /// <summary>
    /// The marks of one ST.66 transaction. Some offices (USPTO) put the applicants beside the mark rather than
    /// in it; with one mark in the transaction they are its applicants.
    /// </summary>
    public static IEnumerable<TrademarkRecord> ReadSt66(XElement transaction)
    {
        var marks = All(transaction, "TradeMark").ToList();
        foreach (var mark in marks)
        {
            var applicants = Applicants(mark);
            if (applicants.Count == 0 && marks.Count == 1) applicants = [.. All(transaction, "Applicant")];
            yield return Read(mark, applicants);
        }
    }

    public static TrademarkRecord ReadSt96(XElement mark) => Read(mark, Applicants(mark));

    private static List<XElement> Applicants(XElement mark) =>
        [.. mark.Elements().Where(e => e.Name.LocalName is "ApplicantDetails" or "ApplicantBag").SelectMany(b => b.Elements())];

    private static TrademarkRecord Read(XElement mark, List<XElement> applicants)
    {
        var number = Own(mark, "ApplicationNumber").FirstOrDefault();
        var id = Value(Child(number, "ApplicationNumberText")) ?? Value(number);
        var owner = applicants.FirstOrDefault();
        var goods = Goods(mark);
        var classes = Own(mark, "GoodsServicesClassification")
            .Where(c => !string.Equals(Value(Child(c, "ClassificationKindCode")), "National", StringComparison.OrdinalIgnoreCase))
            .Select(c => ClassNumber(Value(Child(c, "ClassNumber")))).OfType<int>();
        var verbal = First(mark, "MarkVerbalElementText");
        var disclaimers = Own(mark, "MarkDisclaimer").Concat(Own(mark, "MarkDisclaimerText")).Select(Value).OfType<string>().ToList();
        return new TrademarkRecord
        {
            Id = id,
            Mark = verbal,
            MarkType = MarkType(mark, verbal),
            Goods = goods,
            Classes = [.. classes.Concat(goods.Select(g => g.Class)).Distinct()],
            ViennaCodes = ViennaCodes(mark),
            Colours = Own(mark, "MarkImageColourClaimedText").Concat(Own(mark, "MarkImageColourPartClaimedText")).Concat(Own(mark, "ColourClaimedText"))
                .SelectMany(c => OfficeText.Colours(Value(c))).Distinct().ToList(),
            Status = Status(mark),
            FilingDate = OfficeText.Date(First(mark, "ApplicationDate")),
            RegistrationNumber = First(mark, "RegistrationNumber"),
            RegistrationDate = OfficeText.Date(First(mark, "RegistrationDate")),
            ExpiryDate = OfficeText.Date(First(mark, "ExpiryDate")),
            PublicationDate = Own(mark, "PublicationDate").Select(p => OfficeText.Date(Value(p))).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault(),
            Priority = Priority(mark),
            Owner = owner is null ? null : PartyName(owner),
            OwnerAddress = owner is null ? null : Address(owner),
            Agent = Agents(mark).Select(PartyName).FirstOrDefault(n => n is not null),
            Disclaimed = [.. disclaimers.SelectMany(d => Disclaimed(d)).Distinct()],
            Translation = First(mark, "MarkTranslation", "MarkTranslationText"),
            Office = First(mark, "RegistrationOfficeCode") ?? Value(Child(number, "IPOfficeCode")),
            ImageUrl = Own(mark, "MarkImageURI").Concat(Own(mark, "ImageURI")).Concat(Own(mark, "FileName")).Select(Value)
                .FirstOrDefault(u => u is not null && u.StartsWith("http", StringComparison.OrdinalIgnoreCase)),
        };
    }

    /// <summary>A disclaimer's quoted elements; one without quotes is itself the element disclaimed.</summary>
    private static List<string> Disclaimed(string text)
    {
        var quoted = OfficeText.QuotedElements(text);
        return quoted.Count > 0 ? quoted : text.Length <= 100 ? [text] : [];
    }

    private static List<TrademarkRecord.GoodsRecord> Goods(XElement mark)
    {
        var goods = new List<TrademarkRecord.GoodsRecord>();
        foreach (var d in Own(mark, "ClassDescription"))
        {
            if (ClassNumber(Value(Child(d, "ClassNumber"))) is not { } n) continue;
            var text = Value(Child(d, "GoodsServicesDescription")) ?? Value(Child(d, "GoodsServicesDescriptionText"));
            if (text is null || goods.Any(g => g.Class == n)) continue;
            goods.Add(new TrademarkRecord.GoodsRecord { Class = n, Text = text });
        }

        return goods;
    }

    private static int? ClassNumber(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= NiceClass.First and <= NiceClass.Last ? n : null;

    private static string MarkType(XElement mark, string? verbal)
    {
        if (First(mark, "MarkFeature", "MarkFeatureCategory") is { } feature) return MarkTypes.Normalize(feature);
        // USPTO's own code (NationalMarkDescription/MarkFeatureCode) follows its drawing codes 1–6.
        if (First(mark, "MarkFeatureCode") is { Length: 1 } code) return UsptoDailyCaseFile.MarkTypeOfDrawing(code[0], threeD: false);
        return verbal is null ? "figurative" : "word";
    }

    private static List<string> ViennaCodes(XElement mark)
    {
        var codes = Own(mark, "CategoryCode").Concat(Own(mark, "DesignSearchCode")).Concat(Own(mark, "NationalDesignCode")).Select(Value).OfType<string>().ToList();
        foreach (var v in Own(mark, "ViennaClassification"))
        {
            var parts = new[] { "ViennaCategory", "ViennaDivision", "ViennaSection" }.Select(p => Value(Child(v, p))).TakeWhile(p => p is not null);
            var code = string.Join('.', parts);
            if (code.Length > 0) codes.Add(code);
        }

        return [.. codes.Distinct()];
    }

    private static string Status(XElement mark)
    {
        var code = First(mark, "MarkCurrentStatusCode");
        if (int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return OfficeText.StatusFromUsptoCode(n);
        return OfficeText.StatusFromWords(code ?? First(mark, "MarkCurrentStatusCategory", "MarkCurrentStatusExternalDescriptionText"));
    }

    private static string? Priority(XElement mark)
    {
        var priority = All(mark, "Priority").FirstOrDefault();
        if (priority is null) return null;
        return new[] { "PriorityDate", "PriorityApplicationFilingDate", "ForeignApplicationFilingDate" }
            .Select(n => All(priority, n).Select(Value).FirstOrDefault(v => v is not null)).Select(OfficeText.Date).FirstOrDefault(d => d is not null);
    }

    private static IEnumerable<XElement> Agents(XElement mark) =>
        All(mark, "Representative").Concat(All(mark, "RecordAttorney")).Concat(All(mark, "NationalRepresentative"));

    /// <summary>A party's name: an organisation, a person, or ST.66's free-format lines.</summary>
    private static string? PartyName(XElement party)
    {
        var name = All(party, "Name").FirstOrDefault();
        if (name is null) return null;
        foreach (var n in new[] { "OrganizationStandardName", "EntityName", "PersonFullName", "OrganizationName" })
        {
            if (All(name, n).Select(Value).FirstOrDefault(v => v is not null) is { } found) return found;
        }

        var lines = All(name, "FreeFormatNameLine").Select(Value).OfType<string>().ToList();
        if (lines.Count > 0) return lines[0];
        var person = new[] { "FirstName", "LastName" }.Select(p => All(name, p).Select(Value).FirstOrDefault()).OfType<string>();
        return OfficeText.Clean(string.Join(' ', person));
    }

    private static string? Address(XElement party)
    {
        var address = All(party, "PostalStructuredAddress").FirstOrDefault() ?? All(party, "FormattedAddress").FirstOrDefault()
            ?? All(party, "Address").FirstOrDefault() ?? All(party, "PostalAddress").FirstOrDefault();
        if (address is null) return null;
        var parts = address.Descendants().Where(e => !e.HasElements && !e.Name.LocalName.EndsWith("Ext", StringComparison.Ordinal)
                && e.Parent?.Name.LocalName.EndsWith("Ext", StringComparison.Ordinal) != true)
            .Select(Value).OfType<string>();
        return OfficeText.Clean(string.Join(", ", parts));
    }
}
