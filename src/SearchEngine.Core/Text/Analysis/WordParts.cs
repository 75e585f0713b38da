namespace SearchEngine.Text.Analysis;

/// <summary>
/// The searchable parts of one surface word: split at inner joiners (Vina-Milk → vina, milk; TP.HCM → tp, hcm)
/// with apostrophes dropped (Biti's → bitis), each normalised. Numbers stay whole (2.000, 30/11).
/// </summary>
internal static class WordParts
{
    public static IEnumerable<(string Text, int Start, int End)> Of(TextToken token)
    {
        if (token.Kind == TokenKind.Number)
        {
            yield return (TextNormalizer.Normalize(token.Text), token.Start, token.End);
            yield break;
        }

        var text = token.Text;
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

    private static bool IsSplitter(char c) => c is '.' or '-' or '/' or '&' or '@' or ',' or ':' or '\u2010' or '\u2011' or '%';
}
