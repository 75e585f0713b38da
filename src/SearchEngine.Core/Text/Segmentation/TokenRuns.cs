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

    // After these a capital letter says little about a proper name.
    public static bool StartsSentence(ReadOnlySpan<char> punctuation) =>
        punctuation is "." or "!" or "?" or "..." or ":" or "\"" or "\u201C" or "(" or "-" or "\u2013" or ";";
}
