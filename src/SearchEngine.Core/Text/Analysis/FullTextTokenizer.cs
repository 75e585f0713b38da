using SearchEngine.Text.Segmentation;

namespace SearchEngine.Text.Analysis;

/// <summary>
/// Segments full text and emits, per word, its syllables and (for a compound) the compound joined by '_' at the
/// position of its first syllable with increment 0, so syllable phrases and compound terms both match. Stop
/// words (whole words, checked in accented form) are dropped, leaving a position gap. Emits the folded forms
/// unless accents are kept: folding here reuses the segmenter's per-syllable cache instead of a filter pass.
/// </summary>
internal sealed class FullTextTokenizer(TextReader input, WordSegmenter segmenter, StopWords stopWords, bool fold) : ListTokenizer(input)
{
    protected override void Analyze(string text, List<AnalyzedTerm> terms)
    {
        var gap = 1;
        foreach (var word in segmenter.Segment(text))
        {
            if (word.Kind == TokenKind.Punctuation) continue;
            if (word.IsCompound && word.Infos is { } infos)
            {
                if (stopWords.Contains(string.Join(' ', infos.Select(i => i.Normalized))))
                {
                    gap += infos.Length;
                    continue;
                }

                for (var k = 0; k < infos.Length; k++)
                {
                    var token = word.Tokens[k];
                    terms.Add(new AnalyzedTerm(Form(infos[k]), token.Start, token.End, gap, TermTypes.Syllable));
                    gap = 1;
                    if (k == 0) terms.Add(new AnalyzedTerm(string.Join('_', infos.Select(Form)), word.Start, word.End, 0, TermTypes.Compound));
                }

                continue;
            }

            foreach (var (part, start, end) in WordParts.Of(word.Tokens[0], word.Infos?[0].Normalized))
            {
                if (stopWords.Contains(part))
                {
                    gap++;
                    continue;
                }

                terms.Add(new AnalyzedTerm(fold ? TextNormalizer.Fold(part) : part, start, end, gap,
                    word.Kind == TokenKind.Number ? TermTypes.Number : TermTypes.Syllable));
                gap = 1;
            }
        }
    }

    private string Form(SyllableInfo info) => fold ? info.Folded : info.Normalized;
}
