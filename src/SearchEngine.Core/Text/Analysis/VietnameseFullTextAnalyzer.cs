using Lucene.Net.Analysis;

namespace SearchEngine.Text.Analysis;

/// <summary>
/// Full-text analyzer for Vietnamese (and English) documents: word-segmented, stop words removed, folded.
/// Emits syllables and compounds (compound at its first syllable's position, increment 0), so
/// <c>"sở hữu trí tuệ"</c> as a phrase and <c>sở_hữu</c> as a term both match. With
/// <c>keepAccents: true</c> it skips folding, for an accent-aware field where <c>hà</c> ≠ <c>hạ</c>.
/// </summary>
public sealed class VietnameseFullTextAnalyzer : Analyzer
{
    private readonly WordSegmenter _segmenter;
    private readonly StopWords _stopWords;
    private readonly bool _keepAccents;

    public VietnameseFullTextAnalyzer(bool keepAccents = false)
        : this(WordSegmenter.Default, StopWords.Default, keepAccents)
    {
    }

    public VietnameseFullTextAnalyzer(WordSegmenter segmenter, StopWords stopWords, bool keepAccents = false)
    {
        _segmenter = segmenter;
        _stopWords = stopWords;
        _keepAccents = keepAccents;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new FullTextTokenizer(reader, _segmenter, _stopWords, fold: !_keepAccents);
        return new TokenStreamComponents(source);
    }
}
