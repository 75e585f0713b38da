namespace SearchEngine.Text.Analysis;

/// <summary>
/// The searchable parts of one surface word: split at inner joiners (Vina-Milk → vina, milk; TP.HCM → tp, hcm)
/// with apostrophes dropped (Biti's → bitis), each normalised. Numbers stay whole (2.000, 30/11).
/// </summary>
internal static class WordParts
{
    /// <param name="token">The surface token.</param>
    /// <param name="normalized">Its normalised text when already known (saves normalising a plain syllable twice).</param>
    public static IEnumerable<(string Text, int Start, int End)> Of(TextToken token, string? normalized = null)
    {
        var text = token.Text;
        if (token.Kind == TokenKind.Number || (normalized is not null && !HasSplitter(text)))
        {
            yield return (normalized ?? TextNormalizer.Normalize(text), token.Start, token.End);
            yield break;
        }

        var partStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsSplitter(text[i])) continue;
            if (i > partStart)
            {
                var part = TextNormalizer.Normalize(text[partStart..i]).Replace("'", string.Empty, StringComparison.Ordinal);
                if (part.Length > 0) yield return (part, token.Start + partStart, token.Start + i);
            }

            partStart = i + 1;
        }
    }

    /// <summary>True when the word has parts to split off or an apostrophe to drop.</summary>
    internal static bool HasSplitter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsSplitter(c) || c == '\'') return true;
        }

        return false;
    }

    private static bool IsSplitter(char c) => c is '.' or '-' or '/' or '&' or '@' or ',' or ':' or '\u2010' or '\u2011' or '%';
}
