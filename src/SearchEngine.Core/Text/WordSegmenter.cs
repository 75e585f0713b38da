using SearchEngine.Text.Segmentation;

namespace SearchEngine.Text;

/// <summary>
/// Segments Vietnamese text into words: each word is one or more syllables (a compound such as
/// <c>sở hữu</c>). Punctuation tokens are words of their own. Works on any Unicode form and case.
/// Each gap between two syllables is decided by a learned <see cref="BoundaryModel"/> that weighs dictionary
/// evidence (maximal and greedy matching, pyvi's word list) against context; without a model, maximal matching.
/// </summary>
public sealed class WordSegmenter
{
    private const string ShippedModel = "vi/segmenter-model.bin.gz";

    private static readonly Lazy<WordSegmenter> Shipped = new(() =>
        new WordSegmenter(VietnameseDictionary.Default, EmbeddedText.Open(ShippedModel) is { } s ? LoadAndClose(s) : null));

    private readonly VietnameseDictionary _dictionary;
    private readonly BoundaryModel? _model;

    public WordSegmenter(VietnameseDictionary dictionary, BoundaryModel? model = null)
    {
        _dictionary = dictionary;
        _model = model;
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
            words.Add(new SegmentedWord([tokens[start]]));
            return;
        }

        var run = new SyllableRun(tokens, start, end, atSentenceStart, _dictionary);
        var dict = new DictionaryDecisions(run, folded: false);
        bool[] joins;
        if (_model is null)
        {
            joins = dict.Maximal;
        }
        else
        {
            var folded = new DictionaryDecisions(run, folded: true);
            joins = new bool[run.Count - 1];
            Span<int> features = stackalloc int[BoundaryFeatures.Capacity];
            for (var k = 0; k < joins.Length; k++)
            {
                var n = BoundaryFeatures.Extract(run, dict, folded, k, k > 0 && joins[k - 1], features, _model.Mask);
                joins[k] = _model.Score(features[..n]) > 0;
            }
        }

        var wordStart = start;
        for (var k = start; k < end; k++)
        {
            if (k < end - 1 && joins[k - start]) continue;
            var slice = new TextToken[k + 1 - wordStart];
            for (var t = wordStart; t <= k; t++) slice[t - wordStart] = tokens[t];
            words.Add(new SegmentedWord(slice));
            wordStart = k + 1;
        }
    }

    private static BoundaryModel LoadAndClose(Stream stream)
    {
        using (stream) return BoundaryModel.Load(stream);
    }
}
