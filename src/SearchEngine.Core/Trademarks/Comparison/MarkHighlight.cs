using System.Globalization;
using System.Text;
using SearchEngine.Text;

namespace SearchEngine.Trademarks.Comparison;

/// <summary>
/// Marks the parts of an earlier mark that the searched mark shares, compared on folded letters (no
/// tones, no case) so "TIEPNGON", "Tiếp Ngon" and "tiep-ngon" light up each other. It only decides what to
/// show; the score and the reasons come from the conflict search. One per search: the query is folded once
/// for all its hits.
/// </summary>
public sealed class MarkHighlight
{
    private const int MinShared = 3;

    private readonly List<string> _queryWords;
    private readonly string _queryCompact;

    public MarkHighlight(string query)
    {
        _queryWords = [.. WordsWithOffsets(FoldWithOrigins(query).Folded).Select(w => w.Word)];
        _queryCompact = string.Concat(_queryWords);
    }

    /// <summary>The (start, length) ranges of <paramref name="mark"/>, as written, that the query shares.</summary>
    public IReadOnlyList<(int Start, int Length)> MatchedRanges(string mark)
    {
        var (folded, origin) = FoldWithOrigins(mark);
        var queryWords = _queryWords;
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
            var inQuery = word.Length >= MinShared && _queryCompact.Contains(word, StringComparison.Ordinal);
            var near = word.Length >= 4 && queryWords.Any(q => q.Length >= 4 && StringDistance.Levenshtein(q, word) <= 1);
            if (inQuery || near) ranges.Add((start, word.Length));
        }

        return [.. ranges.Select(r => ToOriginal(r, origin, mark.Length))];
    }

    /// <summary>The folded text (letters and digits kept, everything else a space) and, per folded char, its index in the original.</summary>
    private static (string Folded, List<int> Origin) FoldWithOrigins(string text)
    {
        var sb = new StringBuilder(text.Length);
        var origin = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            // A combining mark (decomposed input: "e" + U+0302) belongs to the letter before it, not a word break.
            if (CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            var ch = text[i];
            if (char.IsAsciiLetterOrDigit(ch))
            {
                // the common case, folded without a string per character
                sb.Append(char.ToLowerInvariant(ch));
                origin.Add(i);
                continue;
            }

            var piece = char.IsLetterOrDigit(ch) ? TextNormalizer.Fold(ch.ToString()) : " ";
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
}
