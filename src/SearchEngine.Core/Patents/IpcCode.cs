using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace SearchEngine.Patents;

/// <summary>
/// One International Patent Classification symbol, e.g. <c>A01N 63/00</c>: section A, class 01,
/// subclass N, main group 63, subgroup 00. Parsed from the WIPO form, the USPTO IPC-7 fixed-width form
/// (<c>A45F  504</c>) and the zero-padded form (<c>A01N0063/00</c>).
/// </summary>
[JsonConverter(typeof(IpcCodeJsonConverter))]
public sealed partial record IpcCode(char Section, string Class, char SubclassLetter, string MainGroup, string Subgroup)
{
    /// <summary>Four-character subclass, e.g. <c>A01N</c>.</summary>
    public string Subclass => $"{Section}{Class}{SubclassLetter}";

    /// <summary>Main group, e.g. <c>A01N 63</c>.</summary>
    public string Group => $"{Subclass} {MainGroup}";

    public override string ToString() => $"{Subclass} {MainGroup}/{Subgroup}";

    /// <summary>
    /// The keyword terms indexed for this symbol: section, class, subclass, group and the full symbol,
    /// so a query at any level is one term lookup (<c>IC:A01N</c> matches <c>A01N 63/00</c>).
    /// </summary>
    public IEnumerable<string> PrefixTerms()
    {
        yield return Section.ToString();
        yield return $"{Section}{Class}";
        yield return Subclass;
        yield return $"{Subclass}{MainGroup}";
        yield return $"{Subclass}{MainGroup}/{Subgroup}";
    }

    public static IpcCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"not an IPC symbol: '{text}'");

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IpcCode? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToUpperInvariant();
        var m = SlashForm().Match(t);
        if (m.Success)
        {
            code = new IpcCode(m.Groups[1].Value[0], m.Groups[2].Value, m.Groups[3].Value[0],
                TrimZeros(m.Groups[4].Value), m.Groups[5].Value);
            return true;
        }

        // IPC-7 fixed width as USPTO printed it up to 2005: 4-char subclass, 3-char right-aligned
        // main group, then the subgroup ("A45F  504" = A45F 5/04, "A43B 1314" = A43B 13/14).
        m = FixedWidthForm().Match(t);
        if (m.Success && m.Groups[4].Value.Length >= 5)
        {
            var rest = m.Groups[4].Value;
            var group = rest[..3].Trim();
            var sub = rest[3..].Trim();
            if (group.Length > 0 && sub.Length > 0 && group.All(char.IsAsciiDigit) && sub.All(char.IsAsciiDigit))
            {
                code = new IpcCode(m.Groups[1].Value[0], m.Groups[2].Value, m.Groups[3].Value[0], TrimZeros(group), sub);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Normalises what a user typed after <c>IC:</c> (any level, any spacing) to the indexed term:
    /// <c>a01n</c> → <c>A01N</c>, <c>A01N 63</c> → <c>A01N63</c>, <c>A01N0063/00</c> → <c>A01N63/00</c>.
    /// Returns null when it is not an IPC symbol or prefix.
    /// </summary>
    public static string? NormalizePrefix(string text)
    {
        var t = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        var m = PrefixForm().Match(t);
        if (!m.Success) return null;
        var sb = new System.Text.StringBuilder(m.Groups[1].Value);
        if (m.Groups[2].Success) sb.Append(m.Groups[2].Value);
        if (m.Groups[3].Success) sb.Append(m.Groups[3].Value);
        if (m.Groups[4].Success) sb.Append(TrimZeros(m.Groups[4].Value));
        if (m.Groups[5].Success) sb.Append('/').Append(m.Groups[5].Value);
        return sb.ToString();
    }

    private static string TrimZeros(string digits)
    {
        var s = digits.TrimStart('0');
        return s.Length == 0 ? "0" : s;
    }

    [GeneratedRegex(@"^([A-H])(\d{2})([A-Z])\s*(\d{1,4})\s*/\s*(\d{1,6})$")]
    private static partial Regex SlashForm();

    [GeneratedRegex(@"^([A-H])(\d{2})([A-Z])(.*)$")]
    private static partial Regex FixedWidthForm();

    [GeneratedRegex(@"^([A-H])(?:(\d{2})(?:([A-Z])(?:(\d{1,4})(?:/(\d{1,6}))?)?)?)?$")]
    private static partial Regex PrefixForm();
}

internal sealed class IpcCodeJsonConverter : JsonConverter<IpcCode>
{
    public override IpcCode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        IpcCode.TryParse(reader.GetString(), out var c) ? c : null;

    public override void Write(Utf8JsonWriter writer, IpcCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
