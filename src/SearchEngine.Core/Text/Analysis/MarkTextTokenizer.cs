namespace SearchEngine.Text.Analysis;

/// <summary>
/// Mark text as syllable terms (no stop words: every word of a mark matters). Joined words are split
/// (Vina-Milk → vina, milk), apostrophes dropped (Biti's → bitis), and a compact Latin word split where
/// unambiguous (VINAMILK → vina, milk); in <see cref="MarkTextForm.Compact"/> the whole mark is one term.
/// </summary>
internal sealed class MarkTextTokenizer(TextReader input, CompactSplitter splitter, MarkTextForm form) : ListTokenizer(input)
{
    protected override void Analyze(ReadOnlyMemory<char> value)
    {
        var text = value.ToString(); // a mark is a few words
        if (form == MarkTextForm.Compact)
        {
            var compact = TextNormalizer.Compact(text);
            if (compact.Length > 0) AddTerm(compact, 0, text.Length, 1, TermTypes.Compact);
            return;
        }

        foreach (var token in SyllableTokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Punctuation) continue;
            foreach (var (part, start, end) in WordParts.Of(token))
            {
                var type = token.Kind == TokenKind.Number ? TermTypes.Number : TermTypes.Syllable;
                if (token.Kind == TokenKind.Word && (form == MarkTextForm.Folded || !TextNormalizer.HasDiacritics(part)) &&
                    splitter.Split(part) is { } pieces)
                {
                    foreach (var piece in pieces) AddTerm(piece, start, end, 1, type);
                }
                else
                {
                    AddTerm(part, start, end, 1, type);
                }
            }
        }
    }
}
