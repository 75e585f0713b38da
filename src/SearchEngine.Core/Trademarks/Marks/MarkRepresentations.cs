namespace SearchEngine.Trademarks.Marks;

/// <summary>The terms each searchable field gets from a mark; shared by indexing and querying so both agree.</summary>
internal static class MarkRepresentations
{
    public static IEnumerable<string> Syllables(MarkText text) => text.Tokens.Concat(text.Parts).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> Pairs(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++) yield return tokens[i] + "_" + tokens[i + 1];
    }

    /// <summary>Character trigrams of the compact form with edge markers, so short marks still get several.</summary>
    public static IEnumerable<string> NGrams(string compact, int n = 3)
    {
        if (compact.Length == 0) yield break;
        var padded = "^" + compact + "$";
        if (padded.Length <= n)
        {
            yield return padded;
            yield break;
        }

        for (var i = 0; i + n <= padded.Length; i++) yield return padded.Substring(i, n);
    }

    public static IEnumerable<string> PhoneticKeys(MarkProfile p) => p.VietnameseKeys.SelectMany(k => k).Distinct(StringComparer.Ordinal);

    public static IEnumerable<string> MetaphoneCodes(MarkProfile p) => p.MetaphoneCodes.SelectMany(k => k).Distinct(StringComparer.Ordinal);
}
