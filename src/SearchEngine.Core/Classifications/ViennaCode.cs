using System.Globalization;

namespace SearchEngine.Classifications;

/// <summary>
/// A code of the Vienna classification of figurative elements: a category ("26"), a division ("26.04") or a
/// section ("26.04.01"). Offices write them many ways (EUIPO "260401", USPTO design codes "26.04.01", WIPO
/// Publish "26.04.01 (7)" with the edition); all parse to the dotted two-digit form.
/// </summary>
public readonly record struct ViennaCode : IComparable<ViennaCode>
{
    private ViennaCode(int category, int? division, int? section)
    {
        Category = category;
        Division = division;
        Section = section;
    }

    public int Category { get; }

    public int? Division { get; }

    public int? Section { get; }

    /// <summary>1 for a category, 2 for a division, 3 for a section.</summary>
    public int Level => Section is not null ? 3 : Division is not null ? 2 : 1;

    /// <summary>The division this code lies in (itself for a division; a category has none).</summary>
    public ViennaCode? DivisionCode => Division is { } d ? new ViennaCode(Category, d, null) : null;

    public ViennaCode CategoryCode => new(Category, null, null);

    /// <summary>True when <paramref name="code"/> is this code or lies under it ("26.04" covers "26.04.01").</summary>
    public bool Covers(ViennaCode code) =>
        code.Category == Category && (Division is null || (code.Division == Division && (Section is null || code.Section == Section)));

    public override string ToString()
    {
        var s = Category.ToString("00", CultureInfo.InvariantCulture);
        if (Division is { } d) s += "." + d.ToString("00", CultureInfo.InvariantCulture);
        if (Section is { } x) s += "." + x.ToString("00", CultureInfo.InvariantCulture);
        return s;
    }

    public int CompareTo(ViennaCode other) => string.CompareOrdinal(ToString(), other.ToString());

    /// <summary>A comma- or space-separated list ("26.04, 27"); empty for a blank.</summary>
    public static IReadOnlyList<ViennaCode> ParseList(string? text, string setting = "Vienna code") =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : [.. text.Split([',', ' ', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => Parse(v, setting)).Distinct()];

    public static ViennaCode Parse(string? text, string setting = "Vienna code") =>
        TryParse(text, out var code)
            ? code
            : throw new SearchEngineException($"{setting} '{text}' is not a Vienna code (use 26, 26.04 or 26.04.01)");

    /// <summary>Accepts "26.04.01", "26.4.1", "260401", "2604", "26", and a trailing edition in brackets.</summary>
    public static bool TryParse(string? text, out ViennaCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        var bracket = s.IndexOf('(');
        if (bracket > 0) s = s[..bracket].Trim();
        string[] parts;
        if (s.Contains('.')) parts = s.Split('.');
        else if (s.All(char.IsAsciiDigit) && s.Length is 2 or 4 or 6) parts = [.. Enumerable.Range(0, s.Length / 2).Select(i => s.Substring(i * 2, 2))];
        else if (s.All(char.IsAsciiDigit) && s.Length == 1) parts = [s];
        else return false;
        if (parts.Length > 3) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length is < 1 or > 2 || !parts[i].All(char.IsAsciiDigit)) return false;
            numbers[i] = int.Parse(parts[i], CultureInfo.InvariantCulture);
        }

        if (numbers[0] is < 1 or > 29) return false;
        code = new ViennaCode(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
        return true;
    }
}
