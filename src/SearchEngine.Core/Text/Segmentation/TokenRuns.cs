namespace SearchEngine.Text.Segmentation;

/// <summary>The runs of consecutive word/number tokens that segmentation works on (punctuation ends a run).</summary>
internal static class TokenRuns
{
    public static IEnumerable<(int Start, int End, bool AtSentenceStart)> Find(IReadOnlyList<TextToken> tokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < tokens.Count && tokens[end].Kind != TokenKind.Punctuation) end++;
            yield return (i, end, i == 0 || StartsSentence(tokens[i - 1].Text));
            i = end;
        }
    }

    /// <summary>The same over token positions, one run a call: false when no run starts at or after <paramref name="from"/>.</summary>
    public static bool Next(ReadOnlySpan<TokenSpan> tokens, ReadOnlySpan<char> text, int from, out int start, out int end, out bool atSentenceStart)
    {
        start = from;
        while (start < tokens.Length && tokens[start].Kind == TokenKind.Punctuation) start++;
        end = start;
        while (end < tokens.Length && tokens[end].Kind != TokenKind.Punctuation) end++;
        atSentenceStart = start == 0 || (start < tokens.Length && StartsSentence(text.Slice(tokens[start - 1].Start, tokens[start - 1].Length)));
        return start < tokens.Length;
    }

    // After these a capital letter says little about a proper name.
    private static bool StartsSentence(ReadOnlySpan<char> punctuation) =>
        punctuation is "." or "!" or "?" or "..." or ":" or "\"" or "\u201C" or "(" or "-" or "\u2013" or ";";
}
