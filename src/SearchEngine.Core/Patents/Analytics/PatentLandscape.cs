using System.Globalization;
using System.Text;

namespace SearchEngine.Patents;

/// <summary>
/// The landscape of a query: filings per year, top applicants, IPC subclasses and groups, and priority
/// countries, counted over the best <see cref="Counted"/> of the <see cref="Total"/> matching documents
/// (all of them up to <see cref="PatentLibrary.MaxLandscapeDocuments"/>).
/// </summary>
public sealed record PatentLandscape(
    int Total,
    int Counted,
    IReadOnlyList<FacetValue> FilingYears,
    IReadOnlyList<FacetValue> Applicants,
    IReadOnlyList<FacetValue> IpcSubclasses,
    IReadOnlyList<FacetValue> IpcGroups,
    IReadOnlyList<FacetValue> PriorityCountries)
{
    /// <summary>The dimensions by their API names, in display order.</summary>
    public IEnumerable<(string Name, IReadOnlyList<FacetValue> Values)> Dimensions =>
    [
        ("filingYears", FilingYears), ("applicants", Applicants), ("ipcSubclasses", IpcSubclasses), ("ipcGroups", IpcGroups), ("priorityCountries", PriorityCountries),
    ];

    /// <summary><c>dimension,value,count</c> rows (RFC 4180 quoting), one per counted value.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder("dimension,value,count\r\n");
        foreach (var (name, values) in Dimensions)
        {
            foreach (var v in values) sb.Append(name).Append(',').Append(Quote(v.Value)).Append(',').Append(v.Count.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        return sb.ToString();
    }

    private static string Quote(string s) =>
        s.IndexOfAny([',', '"', '\r', '\n']) >= 0 || s.StartsWith('=') || s.StartsWith('+') || s.StartsWith('-') || s.StartsWith('@')
            ? $"\"{s.Replace("\"", "\"\"")}\""
            : s;

    /// <summary>Counts the records (best first); <paramref name="top"/> values per dimension, every year.</summary>
    internal static PatentLandscape Count(int total, IReadOnlyList<PatentRecord> records, int top)
    {
        var years = new Dictionary<string, int>();
        var applicants = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var subclasses = new Dictionary<string, int>();
        var groups = new Dictionary<string, int>();
        var countries = new Dictionary<string, int>();
        foreach (var r in records)
        {
            if ((r.FilingDate ?? r.SearchDate) is { } d) Add(years, d.Year.ToString(CultureInfo.InvariantCulture));
            foreach (var a in r.Applicants.Select(a => a.Name.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)) Add(applicants, a);
            foreach (var s in r.Ipc.Select(c => c.Subclass).Distinct()) Add(subclasses, s);
            foreach (var g in r.Ipc.Select(c => c.Group).Distinct()) Add(groups, g);
            Add(countries, PriorityCountry(r));
        }

        return new PatentLandscape(total, records.Count,
            [.. years.OrderBy(y => y.Key, StringComparer.Ordinal).Select(y => new FacetValue(y.Key, y.Value))],
            Top(applicants, top), Top(subclasses, top), Top(groups, top), Top(countries, top));
    }

    /// <summary>The country of the first priority claim (<c>US 61/908,392 | 25.11.2013</c> → US); no claim: the office it was filed at.</summary>
    internal static string PriorityCountry(PatentRecord r)
    {
        foreach (var p in r.Priority)
        {
            var t = p.TrimStart();
            if (t.Length >= 2 && char.IsAsciiLetterUpper(t[0]) && char.IsAsciiLetterUpper(t[1]) && (t.Length == 2 || !char.IsAsciiLetter(t[2]))) return t[..2];
        }

        return r.Office;
    }

    private static void Add(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<FacetValue> Top(Dictionary<string, int> counts, int top) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(top).Select(c => new FacetValue(c.Key, c.Value))];
}
