namespace SearchEngine.Text.Analysis;

/// <summary>
/// Segments full text and emits, per word, its normalised syllables and (for a compound) the compound joined by
/// '_' at the position of its first syllable with increment 0, so syllable phrases and compound terms both
/// match. Stop words (whole words, checked in accented form) are dropped, leaving a position gap.
/// </summary>
internal sealed class FullTextTokenizer(TextReader input, WordSegmenter segmenter, StopWords stopWords) : ListTokenizer(input)
{
    protected override void Analyze(string text, List<AnalyzedTerm> terms)
    {
        var gap = 1;
        foreach (var word in segmenter.Segment(text))
        {
            if (word.Kind == TokenKind.Punctuation) continue;
            if (word.IsCompound)
            {
                var syllables = word.Tokens.Select(t => TextNormalizer.Normalize(t.Text)).ToArray();
                if (stopWords.Contains(string.Join(' ', syllables)))
                {
                    gap += syllables.Length;
                    continue;
                }

                for (var k = 0; k < syllables.Length; k++)
                {
                    var token = word.Tokens[k];
                    terms.Add(new AnalyzedTerm(syllables[k], token.Start, token.End, gap, TermTypes.Syllable));
                    gap = 1;
                    if (k == 0) terms.Add(new AnalyzedTerm(string.Join('_', syllables), word.Start, word.End, 0, TermTypes.Compound));
                }

                continue;
            }

            foreach (var (part, start, end) in WordParts.Of(word.Tokens[0]))
            {
                if (stopWords.Contains(part))
                {
                    gap++;
                    continue;
                }

                terms.Add(new AnalyzedTerm(part, start, end, gap, word.Kind == TokenKind.Number ? TermTypes.Number : TermTypes.Syllable));
                gap = 1;
            }
        }
    }
}
