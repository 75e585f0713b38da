using System.Text;
using SearchEngine.Text;

namespace SearchEngine.Api.Contracts;

/// <summary>
/// Marks the parts of an earlier mark that the searched mark shares, compared on folded letters (no
/// tones, no case) so "TIEPNGON", "Tiếp Ngon" and "tiep-ngon" light up each other. It only decides what to
/// show; the score and the reasons come from the core's conflict search.
/// </summary>
public static class MarkHighlighter
{
    private const int MinShared = 3;

    public static IReadOnlyList<TextSegment> Highlight(string query, string mark)
    {
        var (folded, origin) = FoldWithOrigins(mark);
        var queryWords = WordsWithOffsets(FoldWithOrigins(query).Folded).Select(w => w.Word).ToList();
        var queryCompact = string.Concat(queryWords);
        var ranges = new List<(int Start, int Length)>();

        // A query word found inside the mark ("nguyen" in "TRUNGNGUYEN").
        foreach (var word in queryWords.Where(w => w.Length >= MinShared).Distinct())
        {
            for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                ranges.Add((at, word.Length));
            }
        }

        // A mark word found inside the query ("tiep" in "tiepngon"), or one letter away from a query word.
        foreach (var (start, word) in WordsWithOffsets(folded))
        {
            var inQuery = word.Length >= MinShared && queryCompact.Contains(word, StringComparison.Ordinal);
            var near = word.Length >= 4 && queryWords.Any(q => q.Length >= 4 && WithinOneEdit(q, word));
            if (inQuery || near) ranges.Add((start, word.Length));
        }

        return TextSegment.Split(mark, ranges.Select(r => ToOriginal(r, origin, mark.Length)));
    }

    private static string Fold(string text) => TextNormalizer.Fold(text).ToLowerInvariant();

    /// <summary>The folded text (letters and digits kept, everything else a space) and, per folded char, its index in the original.</summary>
    private static (string Folded, List<int> Origin) FoldWithOrigins(string text)
    {
        var sb = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var piece = char.IsLetterOrDigit(text[i]) ? Fold(text[i].ToString()) : " ";
            foreach (var c in piece)
            {
                sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
                origin.Add(i);
            }
        }

        return (sb.ToString(), origin);
    }

    private static (int Start, int Length) ToOriginal((int Start, int Length) r, List<int> origin, int length)
    {
        var start = origin[r.Start];
        var end = r.Start + r.Length < origin.Count ? origin[r.Start + r.Length] : length;
        return (start, Math.Max(end - start, 1));
    }

    private static IEnumerable<(int Start, string Word)> WordsWithOffsets(string folded)
    {
        var i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && folded[i] == ' ') i++;
            var start = i;
            while (i < folded.Length && folded[i] != ' ') i++;
            if (i > start) yield return (start, folded[start..i]);
        }
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (a == b) return true;
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else { i++; j++; }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
