namespace SearchEngine.Trademarks.Marks;

/// <summary>
/// Words that describe goods, places or company forms rather than distinguish a trade origin: examiners
/// discount them (often they are disclaimed, INID 526), so "Trung Nguyên Cà Phê" is compared on
/// "Trung Nguyên". A mark's own disclaimed elements are discounted the same way.
/// Phrases match with their tones ("Cà Phê"), or folded when the mark is written without any marks
/// ("CA PHE"); a toned look-alike ("Cá Phễ") is a different word and stays.
/// </summary>
public static class GenericWords
{
    private static readonly string[] Phrases =
    [
        // Vietnamese goods, places and company forms that marks add to their distinctive part
        "cà phê", "trà", "bánh", "phở", "nước mắm", "thực phẩm", "đồ uống", "mỹ phẩm", "dược phẩm",
        "việt nam", "hà nội", "sài gòn", "hồ chí minh", "đà nẵng", "hải phòng",
        "công ty", "tập đoàn", "cửa hàng", "nhà hàng",
        // English goods and company words
        "group", "food", "foods", "coffee", "tea", "bakery", "restaurant", "store", "shop", "mart", "market",
        "global", "international", "corp", "corporation", "company", "ltd", "jsc", "inc", "llc",
        "pro", "plus", "express", "labs", "lab", "tech", "technology", "solutions", "services", "official",
        "vietnam", "asia", "world", "premium", "online", "digital", "studio",
    ];

    private static readonly HashSet<string> Normalized = new(Phrases.Select(MarkFolding.Normalize), StringComparer.Ordinal);
    private static readonly HashSet<string> Folded = new(Phrases.Select(MarkFolding.Fold), StringComparer.Ordinal);
    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal);
    private static readonly int MaxPhraseTokens = Phrases.Max(p => p.Count(c => c == ' ') + 1);

    /// <summary>
    /// Marks which tokens of <paramref name="mark"/> belong to a generic phrase or to one of the
    /// <paramref name="disclaimed"/> phrases, longest phrase first. A mark made only of such words keeps
    /// them all: then they are its identity.
    /// </summary>
    public static bool[] DiscountedTokens(MarkText mark, IReadOnlyList<MarkText> disclaimed)
    {
        var n = mark.Tokens.Count;
        var discounted = new bool[n];
        var ownNormalized = disclaimed.Count == 0 ? Empty : disclaimed.Select(d => d.Normalized).ToHashSet(StringComparer.Ordinal);
        var ownFolded = disclaimed.Count == 0 ? Empty : disclaimed.Select(d => d.Folded).ToHashSet(StringComparer.Ordinal);
        var maxLen = Math.Max(MaxPhraseTokens, disclaimed.Count == 0 ? 0 : disclaimed.Max(d => d.Tokens.Count));
        for (var i = 0; i < n; i++)
        {
            for (var len = Math.Min(maxLen, n - i); len >= 1; len--)
            {
                var normalized = Phrase(mark.NormalizedTokens, i, len);
                var folded = Phrase(mark.Tokens, i, len);
                if (!Matches(normalized, folded, Normalized, Folded) && !Matches(normalized, folded, ownNormalized, ownFolded)) continue;
                for (var k = i; k < i + len; k++) discounted[k] = true;
                i += len - 1;
                break;
            }
        }

        if (discounted.All(d => d)) Array.Fill(discounted, false);
        return discounted;
    }

    private static string Phrase(IReadOnlyList<string> tokens, int start, int length) =>
        length == 1 ? tokens[start] : string.Join(' ', tokens.Skip(start).Take(length));

    private static bool Matches(string normalized, string folded, HashSet<string> normalizedSet, HashSet<string> foldedSet) =>
        normalizedSet.Contains(normalized) || (normalized == folded && foldedSet.Contains(folded));
}
