namespace SearchEngine.Phonetics;

/// <summary>
/// Restores the plausible readings of a syllable written without its marks: each a may be a ă â, each
/// e may be e ê, o may be o ô ơ, u may be u ư, and a leading d may be đ. Only spellings that are real,
/// standard Vietnamese syllables are kept ("nam" → nam, năm, nâm; "duong" → dương, đương, ...).
/// Tones are not restored: the keys ignore them anyway.
/// </summary>
public static class VietnameseReadings
{
    /// <summary>
    /// The readings of <paramref name="token"/>. A token that already carries any Vietnamese mark is read
    /// only as written; a token that is no syllable in any reading gives an empty list.
    /// </summary>
    public static IReadOnlyList<VietnameseSyllable> Of(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[VietnameseLetterReader.MaxSyllableLetters];
        if (!VietnameseLetterReader.TryRead(token, buffer, out var n, out var tone, VietnameseLetterReader.MaxSyllableLetters)) return [];
        var letters = buffer[..n];

        if (HasMarks(token))
        {
            var asWritten = VietnameseSyllableParser.ParseLetters(new string(letters), tone);
            return asWritten is null ? [] : [asWritten];
        }

        var results = new List<VietnameseSyllable>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Span<char> work = stackalloc char[n];
        letters.CopyTo(work);
        Enumerate(letters, work, 0, tone, results, seen);
        return results;
    }

    private static void Enumerate(ReadOnlySpan<char> source, Span<char> work, int at, Text.Tone tone, List<VietnameseSyllable> results, HashSet<string> seen)
    {
        if (at == source.Length)
        {
            var spelled = new string(work);
            if (!seen.Add(spelled)) return;
            var s = VietnameseSyllableParser.ParseLetters(spelled, tone);
            if (s is { StandardSpelling: true }) results.Add(s);
            return;
        }

        foreach (var option in Options(source[at], at))
        {
            work[at] = option;
            Enumerate(source, work, at + 1, tone, results, seen);
        }

        work[at] = source[at];
    }

    private static string Options(char letter, int position) => letter switch
    {
        'a' => "aăâ",
        'e' => "eê",
        'o' => "oôơ",
        'u' => "uư",
        'd' when position == 0 => "dđ",
        _ => letter.ToString(),
    };

    // Any non-ASCII letter or combining mark means the writer chose the marks; trust them.
    private static bool HasMarks(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c > '\u007f') return true;
        }

        return false;
    }
}
