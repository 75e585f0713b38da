namespace SearchEngine.Text.Segmentation;

/// <summary>The runs of consecutive word/number tokens that segmentation works on (punctuation ends a run).</summary>
internal static class TokenRuns
{
    /// <summary>The next run at or after <paramref name="from"/>, one a call: false when there is none.</summary>
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
