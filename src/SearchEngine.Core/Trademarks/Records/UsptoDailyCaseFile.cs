using System.Globalization;
using System.Xml.Linq;
using SearchEngine.Classifications.Nice;
using static SearchEngine.Trademarks.XmlRecords;

namespace SearchEngine.Trademarks;

/// <summary>
/// One <c>case-file</c> of a USPTO Trademark Applications Daily file (DTD v2.0). Goods come as statements
/// coded <c>GS</c> + class + sequence: the class is the Nice class for newer files and the old US class for
/// older registrations, which the case file's classification table maps back to Nice.
/// </summary>
internal static class UsptoDailyCaseFile
{
    public static TrademarkRecord Read(XElement caseFile)
    {
        var header = Child(caseFile, "case-file-header");
        string? H(string name) => Value(Child(header, name));
        var classifications = All(caseFile, "classification")
            .Select(c => (Nice: Int(Value(Child(c, "international-code"))), Us: Int(Value(Child(c, "us-code")))))
            .Where(c => c.Nice is >= NiceClass.First and <= NiceClass.Last).ToList();
        var goods = new List<TrademarkRecord.GoodsRecord>();
        var disclaimed = new List<string>();
        string? translation = null;
        var colours = new List<string>();
        foreach (var statement in All(caseFile, "case-file-statement"))
        {
            var code = Value(Child(statement, "type-code")) ?? "";
            var text = Value(Child(statement, "text"));
            if (text is null) continue;
            if (code.StartsWith("GS", StringComparison.Ordinal) && code.Length >= 5 && Int(code[2..5]) is { } c)
            {
                var nice = classifications.Any(x => x.Nice == c) ? c : classifications.FirstOrDefault(x => x.Us == c).Nice ?? (c <= NiceClass.Last ? c : null);
                if (nice is { } n && n >= NiceClass.First && !goods.Any(g => g.Class == n)) goods.Add(new TrademarkRecord.GoodsRecord { Class = n, Text = text });
            }
            else if (code.StartsWith('D') && code.Length > 1 && char.IsAsciiDigit(code[1])) disclaimed.AddRange(OfficeText.QuotedElements(text));
            else if (code.StartsWith("TR", StringComparison.Ordinal)) translation ??= text;
            else if (code.StartsWith("CC", StringComparison.Ordinal)) colours.AddRange(OfficeText.Colours(text));
        }

        // Owners are numbered by role: 10 applicant, 20 owner at publication, 30 registrant, 40s later assignees.
        var owner = All(caseFile, "case-file-owner").OrderBy(o => Int(Value(Child(o, "party-type"))) ?? 0).LastOrDefault();
        var registration = Value(Child(caseFile, "registration-number"));
        var drawing = H("mark-drawing-code");
        return new TrademarkRecord
        {
            Id = Value(Child(caseFile, "serial-number")),
            Mark = H("mark-identification"),
            MarkType = drawing is { Length: > 0 } ? MarkTypeOfDrawing(drawing[0], H("drawing-3d-current-in") == "T") : null,
            Goods = goods,
            Classes = [.. classifications.Select(c => c.Nice!.Value).Concat(goods.Select(g => g.Class)).Distinct()],
            ViennaCodes = [.. All(caseFile, "design-search").Select(d => Value(Child(d, "code"))).OfType<string>().Distinct()],
            Colours = colours,
            Status = Int(H("status-code")) is { } status ? OfficeText.StatusFromUsptoCode(status) : null,
            FilingDate = OfficeText.Date(H("filing-date")),
            RegistrationNumber = registration is null || registration.Trim('0').Length == 0 ? null : registration,
            RegistrationDate = OfficeText.Date(H("registration-date")),
            PublicationDate = OfficeText.Date(H("published-for-opposition-date")),
            Priority = All(caseFile, "foreign-application").Select(f => OfficeText.Date(Value(Child(f, "foreign-filing-date")))).FirstOrDefault(d => d is not null),
            Owner = Value(Child(owner, "party-name")),
            OwnerAddress = owner is null ? null : OfficeText.Clean(string.Join(", ",
                new[] { "address-1", "address-2", "city", "state", "country", "postcode" }.Select(n => Value(Child(owner, n))).OfType<string>())),
            Agent = H("attorney-name"),
            Disclaimed = [.. disclaimed.Distinct()],
            Translation = translation,
            Office = "US",
        };
    }

    /// <summary>USPTO mark drawing codes: 1 typed, 2 design only, 3 design with words, 4 standard characters, 5 stylised words, 6 no drawing (sound, scent).</summary>
    public static string MarkTypeOfDrawing(char code, bool threeD) => threeD ? "three-dimensional" : code switch
    {
        '1' or '4' => "word",
        '2' or '5' => "figurative",
        '3' => "combined",
        _ => "other",
    };

    private static int? Int(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
