using SearchEngine.Text.Segmentation;

namespace SearchEngine.Text;

/// <summary>
/// Segments Vietnamese text into words: each word is one or more syllables (a compound such as
/// <c>sở hữu</c>). Punctuation tokens are words of their own. Works on any Unicode form and case.
/// Each gap between two syllables is decided by a learned <see cref="BoundaryModel"/> that weighs dictionary
/// evidence (maximal and greedy matching, pyvi's word list) against context; without a model, maximal matching.
/// Text typed without diacritics is matched against the folded dictionary instead. Thread-safe.
/// </summary>
public sealed class WordSegmenter
{
    private const string ShippedModel = "vi/segmenter-model.bin.gz";

    private static readonly Lazy<WordSegmenter> Shipped = new(() =>
        new WordSegmenter(VietnameseDictionary.Default, EmbeddedText.Open(ShippedModel) is { } s ? LoadAndClose(s) : null));

    private readonly VietnameseDictionary _dictionary;
    private readonly BoundaryModel? _model;
    private readonly SyllableInfoCache _cache;

    public WordSegmenter(VietnameseDictionary dictionary, BoundaryModel? model = null)
    {
        _dictionary = dictionary;
        _model = model;
        _cache = new SyllableInfoCache(dictionary);
    }

    /// <summary>The segmenter over the shipped dictionary and model.</summary>
    public static WordSegmenter Default => Shipped.Value;

    public VietnameseDictionary Dictionary => _dictionary;

    public bool HasModel => _model is not null;

    public IReadOnlyList<SegmentedWord> Segment(string? text)
    {
        var tokens = SyllableTokenizer.Tokenize(text);
        var words = new List<SegmentedWord>(tokens.Count);
        var i = 0;
        foreach (var (start, end, atSentenceStart) in TokenRuns.Find(tokens))
        {
            for (; i < start; i++) words.Add(new SegmentedWord([tokens[i]]));
            AddRun(tokens, start, end, atSentenceStart, words);
            i = end;
        }

        for (; i < tokens.Count; i++) words.Add(new SegmentedWord([tokens[i]]));
        return words;
    }

    /// <summary>One line in the treebank convention: words separated by spaces, syllables joined by '_'.</summary>
    public string SegmentLine(string? line) => string.Join(' ', Segment(line).Select(w => w.Underscored));

    private void AddRun(IReadOnlyList<TextToken> tokens, int start, int end, bool atSentenceStart, List<SegmentedWord> words)
    {
        if (end - start == 1)
        {
            words.Add(new SegmentedWord([tokens[start]]) { Infos = [_cache.Get(tokens[start])] });
            return;
        }

        var run = new SyllableRun(tokens, start, end, atSentenceStart, _dictionary, _model?.Lexicon, _cache);
        var joins = Decide(run);
        var wordStart = start;
        for (var k = start; k < end; k++)
        {
            if (k < end - 1 && joins[k - start]) continue;
            var length = k + 1 - wordStart;
            var slice = new TextToken[length];
            var infos = new SyllableInfo[length];
            for (var t = 0; t < length; t++)
            {
                slice[t] = tokens[wordStart + t];
                infos[t] = run.Infos[wordStart - start + t];
            }

            words.Add(new SegmentedWord(slice) { Infos = infos });
            wordStart = k + 1;
        }
    }

    private bool[] Decide(SyllableRun run)
    {
        if (run.IsUnaccented) return new DictionaryDecisions(run, folded: true).Maximal;
        var dict = new DictionaryDecisions(run, folded: false);
        if (_model is null) return dict.Maximal;

        var lexicon = new DictionaryDecisions(run, run.LexiconWordLengths);
        var joins = new bool[run.Count - 1];
        Span<int> features = stackalloc int[BoundaryFeatures.Capacity];
        for (var k = 0; k < joins.Length; k++)
        {
            var n = BoundaryFeatures.Extract(run, dict, lexicon, k, k > 0 && joins[k - 1], features, _model.Mask);
            joins[k] = _model.Score(features[..n]) > 0;
        }

        return joins;
    }

    private static BoundaryModel LoadAndClose(Stream stream)
    {
        using (stream) return BoundaryModel.Load(stream);
    }
}
