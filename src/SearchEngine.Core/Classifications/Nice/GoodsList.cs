using System.Text;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// Splits a goods statement into items: on ';' (and line ends, sentence ends) into segments, then on ',' and
/// ':' outside parentheses. Bounded: at most <see cref="MaxItems"/> items of at most <see cref="MaxItemLength"/>
/// characters, so a pasted 100 KB text costs no more than a long filing.
/// </summary>
public static class GoodsList
{
    public const int MaxItems = 200;
    public const int MaxItemLength = 300;

    /// <summary>True when the text has control characters other than tab and line ends (binary data pasted as text).</summary>
    public static bool LooksBinary(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || c == '\uFFFD') return true;
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) control++;
        }

        return control > 0 && control * 20 >= text.Length;
    }

    public static IReadOnlyList<GoodsItem> Split(string? text)
    {
        var items = new List<GoodsItem>();
        if (string.IsNullOrWhiteSpace(text) || LooksBinary(text)) return items;
        foreach (var segment in Segments(text))
        {
            var parts = SplitOutsideBrackets(segment, [',', ':']);
            if (parts.Count == 0) continue;
            var head = parts[0].Text;
            var specific = false;
            var segmentStart = items.Count;
            foreach (var (part, _) in parts)
            {
                if (items.Count == MaxItems) return items;
                var opensList = OpensSpecifics(part);
                if (items.Count > segmentStart && !opensList && IsContinuation(part))
                {
                    // "doors, not of metal", "heating pads, electric, for medical purposes": one item, not three
                    var previous = items[^1];
                    var joined = previous.Text + ", " + Clean(part);
                    items[^1] = previous with { Text = joined.Length <= MaxItemLength ? joined : joined[..MaxItemLength] };
                    specific |= EndsWithSpecifics(part);
                    continue;
                }

                var t = Clean(part);
                if (t.Length > 0) items.Add(new GoodsItem(t.Length <= MaxItemLength ? t : t[..MaxItemLength], head, specific || opensList));
                specific |= opensList || EndsWithSpecifics(part);
            }
        }

        return items;
    }

    private static IEnumerable<string> Segments(string text)
    {
        foreach (var (s, _) in SplitOutsideBrackets(text, [';', '\n', '\r']))
        {
            // "Sách giáo dục." ends with a full stop; "ô-tô. Khách sạn" joins two sentences.
            foreach (var sentence in s.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) yield return sentence;
        }
    }

    private static List<(string Text, char Separator)> SplitOutsideBrackets(string text, char[] separators)
    {
        var parts = new List<(string, char)>();
        var sb = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth = Math.Max(0, depth - 1);
            if (depth == 0 && Array.IndexOf(separators, c) >= 0)
            {
                if (sb.ToString().Trim() is { Length: > 0 } p) parts.Add((p, c));
                sb.Clear();
                if (parts.Count > MaxItems) return parts;
                continue;
            }

            sb.Append(c);
        }

        if (sb.ToString().Trim() is { Length: > 0 } last) parts.Add((last, '\0'));
        return parts;
    }

    private static readonly string[] SpecificsMarkers = ["namely", "in the nature of", "consisting of"];

    /// <summary>"namely, a" / "namely a": the part starts the list that spells out the segment's head.</summary>
    private static bool OpensSpecifics(string part)
    {
        var t = part.Trim();
        return SpecificsMarkers.Any(m => t.StartsWith(m, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"software, namely," / "clothing namely": what follows spells out the head.</summary>
    private static bool EndsWithSpecifics(string part)
    {
        var t = part.Trim().TrimEnd('.', ' ');
        return SpecificsMarkers.Any(m => t.EndsWith(" " + m, StringComparison.OrdinalIgnoreCase) || t.Equals(m, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly string[] ContinuationStarts =
    [
        "not ", "non-", "non ", "other than ", "for ", "of ", "made of ", "in the form of ", "being ", "used ", "with ", "without ",
        "excluding ", "except ", "especially ", "in particular ", "intended ", "adapted ", "specially ", "sold ", "included in ",
        "as ", "to be ", "in ", "on ", "at ", "from ", "by ", "or the like", "and the like", "all ", "whether ", "[", "(",
    ];

    private static readonly string[] Attributes =
    [
        "electric", "electronic", "electrical", "recorded", "downloadable", "fixed", "portable", "mechanical", "automatic",
        "manual", "hand-operated", "motorized", "motorised", "medicated", "unprocessed", "processed", "raw", "worked", "unworked",
        "semi-worked", "fresh", "dried", "frozen", "cooked", "preserved", "live", "natural", "artificial", "synthetic", "printed",
        "luminous", "chemical", "magnetic", "optical", "disposable", "inflatable", "flexible", "rigid",
        "wooden", "prepared", "edible", "alcoholic", "powdered",
    ];

    /// <summary>An English part that qualifies the item before it ("not of metal", "electric") rather than naming goods.</summary>
    private static bool IsContinuation(string part)
    {
        var t = part.Trim().TrimEnd('.', ' ').ToLowerInvariant();
        if (t.Length == 0) return false;
        if (ContinuationStarts.Any(s => t.StartsWith(s, StringComparison.Ordinal))) return true;
        return !t.Contains(' ') && (Attributes.Contains(t) || (t.Length >= 6 && t.EndsWith("ed", StringComparison.Ordinal)));
    }

    private static readonly string[] Leading = ["and ", "or ", "namely ", "including ", "và ", "hoặc ", "bao gồm ", "cụ thể là ", "gồm "];

    /// <summary>Drops list glue ("and", "namely", "và") and trailing punctuation.</summary>
    private static string Clean(string part)
    {
        var t = part.Trim().TrimEnd('.', ' ', '*').TrimStart('*', ' ', '-');
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var w in Leading)
            {
                if (t.StartsWith(w, StringComparison.OrdinalIgnoreCase)) { t = t[w.Length..].TrimStart(); changed = true; }
            }
        }

        return t is "namely" or "and" or "or" or "và" or "the like" or "and the like" ? "" : t;
    }
}
