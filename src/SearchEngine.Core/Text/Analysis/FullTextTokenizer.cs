using SearchEngine.Text.Segmentation;

namespace SearchEngine.Text.Analysis;

/// <summary>
/// Segments full text and emits, per word, its syllables and (for a compound) the compound joined by '_' at the
/// position of its first syllable with increment 0, so syllable phrases and compound terms both match. Stop
/// words (whole words, checked in accented form) are dropped, leaving a position gap. Emits the folded forms
/// unless accents are kept: folding here reuses the segmenter's per-syllable cache instead of a filter pass.
/// Works on token positions and cached syllable strings, so a plain syllable or compound costs no allocation.
/// </summary>
internal sealed class FullTextTokenizer(TextReader input, WordSegmenter segmenter, StopWords stopWords, bool fold) : ListTokenizer(input)
{
    private readonly SegmentedText _segmented = new();
    private char[] _words = new char[64];

    protected override void Analyze(ReadOnlyMemory<char> text)
    {
        segmenter.Segment(text, _segmented);
        var tokens = _segmented.Tokens;
        var infos = _segmented.Infos;
        var joins = _segmented.JoinsNext;
        var gap = 1;
        for (var i = 0; i < tokens.Length;)
        {
            var last = i;
            while (joins[last]) last++;
            var first = i;
            i = last + 1;
            if (tokens[first].Kind == TokenKind.Punctuation) continue;
            if (last > first)
            {
                gap = AddCompound(tokens[first..i], infos[first..i]!, gap);
                continue;
            }

            var token = tokens[first];
            var info = infos[first]!;
            if (token.Kind == TokenKind.Number || !WordParts.HasSplitter(_segmented.TextOf(token)))
            {
                // The common case: the part is the whole token, already normalised and folded in the cache.
                if (stopWords.Contains(info.Normalized))
                {
                    gap++;
                    continue;
                }

                AddTerm(fold ? info.Folded : info.Normalized, token.Start, token.End, gap,
                    token.Kind == TokenKind.Number ? TermTypes.Number : TermTypes.Syllable);
                gap = 1;
                continue;
            }

            var surface = new TextToken(_segmented.TextOf(token).ToString(), token.Start, token.End, token.Kind);
            foreach (var (part, start, end) in WordParts.Of(surface, info.Normalized))
            {
                if (stopWords.Contains(part))
                {
                    gap++;
                    continue;
                }

                AddTerm(fold ? TextNormalizer.Fold(part) : part, start, end, gap, TermTypes.Syllable);
                gap = 1;
            }
        }
    }

    /// <summary>Adds a compound's syllables and the compound itself; returns the increment of the next term.</summary>
    private int AddCompound(ReadOnlySpan<TokenSpan> tokens, ReadOnlySpan<SyllableInfo> infos, int gap)
    {
        if (stopWords.Contains(Joined(infos, ' ', normalized: true))) return gap + infos.Length;

        for (var k = 0; k < infos.Length; k++)
        {
            AddTerm(Form(infos[k]), tokens[k].Start, tokens[k].End, gap, TermTypes.Syllable);
            gap = 1;
            if (k == 0) AddTerm(Joined(infos, '_', normalized: !fold), tokens[0].Start, tokens[^1].End, 0, TermTypes.Compound);
        }

        return gap;
    }

    /// <summary>The syllables' forms joined by <paramref name="separator"/>, in a buffer valid until the next call.</summary>
    private ReadOnlySpan<char> Joined(ReadOnlySpan<SyllableInfo> infos, char separator, bool normalized)
    {
        var length = infos.Length - 1;
        foreach (var info in infos) length += (normalized ? info.Normalized : info.Folded).Length;
        if (_words.Length < length) _words = new char[Math.Max(length, _words.Length * 2)];
        var at = 0;
        for (var k = 0; k < infos.Length; k++)
        {
            if (k > 0) _words[at++] = separator;
            var form = normalized ? infos[k].Normalized : infos[k].Folded;
            form.CopyTo(_words.AsSpan(at));
            at += form.Length;
        }

        return _words.AsSpan(0, length);
    }

    private string Form(SyllableInfo info) => fold ? info.Folded : info.Normalized;
}
