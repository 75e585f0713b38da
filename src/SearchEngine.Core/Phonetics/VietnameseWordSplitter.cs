namespace SearchEngine.Phonetics;

/// <summary>
/// Reads a word as a sequence of Vietnamese syllables: written apart ("Giàu Sang", "giàu-sang",
/// "giàu_sang") or run together as marks often are ("TIEPNGON", "ThanhCong"). Run-together text is cut
/// into the fewest syllables, preferring the longest first syllable among equally short readings.
/// </summary>
public static class VietnameseWordSplitter
{
    /// <summary>Longer input is not a word; refusing it keeps the search linear and bounded.</summary>
    public const int MaxWordLength = 64;

    /// <summary>The syllables of <paramref name="word"/>, or null when it is not Vietnamese.</summary>
    public static IReadOnlyList<VietnameseSyllable>? Split(string word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength) return null;
        var result = new List<VietnameseSyllable>();
        foreach (var piece in word.Split([' ', '\t', '-', '_', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var syllables = Pieces.GetOrAdd(piece, SplitPiece);
            if (syllables is null) return null;
            result.AddRange(syllables);
        }

        return result.Count == 0 ? null : result;
    }

    /// <summary>Pieces already read: a register's marks are made of far fewer distinct words than marks.</summary>
    private static readonly BoundedCache<VietnameseSyllable[]?> Pieces = new(200_000);

    private static VietnameseSyllable[]? SplitPiece(string piece)
    {
        var single = VietnameseSyllableParser.Parse(piece) ?? FirstReading(piece);
        if (single is not null) return [single];
        return SplitRun(piece)?.ToArray();
    }

    // Fewest-syllables segmentation by dynamic programming over cut points; a cut may not fall
    // before a combining mark, which belongs to the letter before it.
    private static List<VietnameseSyllable>? SplitRun(string run)
    {
        var n = run.Length;
        var best = new int[n + 1];
        var next = new int[n + 1];
        var parsed = new VietnameseSyllable?[n + 1];
        Array.Fill(best, int.MaxValue);
        best[n] = 0;
        for (var start = n - 1; start >= 0; start--)
        {
            if (Text.VietnameseLetters.IsCombiningMark(run[start])) continue;
            var maxEnd = Math.Min(n, start + 3 * VietnameseLetterReader.MaxSyllableLetters);
            for (var end = maxEnd; end > start; end--)
            {
                if (best[end] == int.MaxValue) continue;
                if (end < n && Text.VietnameseLetters.IsCombiningMark(run[end])) continue;
                if (best[end] + 1 >= best[start]) continue;
                var piece = run.AsSpan(start, end - start);
                var s = VietnameseSyllableParser.Parse(piece);
                if (s is null || !s.StandardSpelling) s = FirstReading(piece);
                if (s is null) continue;
                best[start] = best[end] + 1;
                next[start] = end;
                parsed[start] = s;
            }
        }

        if (best[0] == int.MaxValue) return null;
        var list = new List<VietnameseSyllable>();
        for (var i = 0; i < n; i = next[i]) list.Add(parsed[i]!);
        return list;
    }

    // Unaccented text may only be a syllable once its marks are restored (tiep → tiêp): take the
    // reading closest to the letters as written.
    private static VietnameseSyllable? FirstReading(ReadOnlySpan<char> piece)
    {
        var readings = VietnameseReadings.Of(piece);
        return readings.Count > 0 ? readings[0] : null;
    }
}
