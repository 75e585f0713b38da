using System.Globalization;
using System.Text.RegularExpressions;
using SearchEngine.Text;

namespace SearchEngine.Trademarks;

/// <summary>
/// What every office importer reads the same way: dates in the offices' forms, status words and codes,
/// the quoted elements of a disclaimer, colour lists.
/// </summary>
internal static partial class OfficeText
{
    /// <summary>Collapses runs of white space (HTML and XML indentation) to one space; null when nothing is left.</summary>
    public static string? Clean(string? text)
    {
        if (text is null) return null;
        var s = Spaces().Replace(text, " ").Trim();
        return s.Length == 0 ? null : s;
    }

    /// <summary>
    /// A date as yyyy-mm-dd from the forms offices write: ISO with a zone ("1995-02-07-05:00"), dd.mm.yyyy,
    /// dd/mm/yyyy, yyyymmdd. Null for blanks and for USPTO's "no date" zeros.
    /// </summary>
    public static string? Date(string? text)
    {
        var s = Clean(text);
        if (s is null) return null;
        if (s.Length >= 10 && IsoStart().IsMatch(s)) s = s[..10];
        if (s.Trim('0').Length == 0) return null;
        string[] formats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyyMMdd"];
        return DateOnly.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>True when the text is nothing but a date.</summary>
    public static bool IsDateOnly(string text) => Date(text) is not null;

    /// <summary>The first date written anywhere in the text (dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd).</summary>
    public static string? FirstDate(string? text)
    {
        if (text is null) return null;
        var m = AnyDate().Match(text);
        return m.Success ? Date(m.Value) : null;
    }

    /// <summary>
    /// A status from an office's words: IP Viet Nam's ("Cấp bằng", "Từ chối", "Đang giải quyết", "Hết hạn"),
    /// ST.66/ST.96 categories ("Registered", "Application refused", "Expired", "Withdrawn"...) and free
    /// descriptions. Anything still in prosecution is pending.
    /// </summary>
    public static string StatusFromWords(string? text)
    {
        var t = TextNormalizer.Fold(text ?? "");
        if (t.Length == 0) return "pending";
        if (t.Contains("tu choi") || t.Contains("refus") || t.Contains("reject")) return "refused";
        if (t.Contains("rut don") || t.Contains("withdraw") || t.Contains("abandon") || t.Contains("surrender")) return "withdrawn";
        if (t.Contains("het han") || t.Contains("het hieu luc") || t.Contains("cham dut") || t.Contains("huy bo") || t.Contains("expir")
            || t.Contains("cancel") || t.Contains("lapse") || t.Contains("ended") || t.Contains("revoked") || t.Contains("invalid")
            || t.Contains("dead")) return "expired";
        if (t.Contains("application") || t.Contains("filed") || t.Contains("pending") || t.Contains("opposed") || t.Contains("examin")) return "pending";
        if (t.Contains("cap bang") || t.Contains("cap van bang") || t.Contains("regist") || t.Contains("renewed") || t.Contains("granted")
            || t.Contains("hieu luc") || t.Contains("live")) return "registered";
        return "pending";
    }

    /// <summary>
    /// USPTO status codes (ST.66/ST.96 <c>MarkCurrentStatusCode</c> and the daily files' <c>status-code</c>):
    /// 600–618 abandoned, 700–899 registered (709–719 and 780–799 cancelled or expired), 900s expired;
    /// the rest (new, examined, published, allowed) pending.
    /// </summary>
    public static string StatusFromUsptoCode(int code) => code switch
    {
        >= 600 and <= 618 => "withdrawn",
        >= 709 and <= 719 => "expired",
        >= 780 and <= 799 => "expired",
        >= 700 and <= 899 => "registered",
        >= 900 => "expired",
        _ => "pending",
    };

    /// <summary>
    /// The elements a disclaimer names, each in quotes: <c>Không bảo hộ riêng "Đức Hòa", "H"</c> → Đức Hòa, H;
    /// USPTO's <c>No claim is made to the exclusive right to use "COFFEE" apart from the mark as shown</c> → COFFEE.
    /// </summary>
    public static List<string> QuotedElements(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return result;
        foreach (Match m in Quoted().Matches(text))
        {
            var element = Clean(m.Groups[1].Value);
            if (element is not null && !result.Contains(element)) result.Add(element);
        }

        return result;
    }

    /// <summary>Colours as listed ("Đỏ, đen, trắng."); USPTO's "Color is not claimed..." is no colour at all.</summary>
    public static List<string> Colours(string? text)
    {
        var s = Clean(text);
        if (s is null || s.Contains("not claimed", StringComparison.OrdinalIgnoreCase)) return [];
        return [.. s.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.TrimEnd('.').Trim()).Where(c => c.Length > 0)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"\b(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2})\b")]
    private static partial Regex AnyDate();

    [GeneratedRegex("[\"“”„«]([^\"“”„«»]+)[\"“”»]")]
    private static partial Regex Quoted();
}
