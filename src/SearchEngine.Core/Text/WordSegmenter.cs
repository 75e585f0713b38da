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

    public IReadOnlyList<SegmentedWord> Segment(string? text)
    {
        var segmented = new SegmentedText();
        Segment(text.AsMemory(), segmented);
        var tokens = segmented.Tokens;
        var infos = segmented.Infos;
        var joins = segmented.JoinsNext;
        var words = new List<SegmentedWord>(tokens.Length);
        for (var i = 0; i < tokens.Length;)
        {
            var last = i;
            while (joins[last]) last++;
            var slice = new TextToken[last + 1 - i];
            for (var t = 0; t < slice.Length; t++)
            {
                var token = tokens[i + t];
                slice[t] = new TextToken(segmented.TextOf(token).ToString(), token.Start, token.End, token.Kind);
            }

            words.Add(infos[i] is null ? new SegmentedWord(slice) : new SegmentedWord(slice) { Infos = infos[i..(last + 1)].ToArray()! });
            i = last + 1;
        }

        return words;
    }

    /// <summary>One line in the treebank convention: words separated by spaces, syllables joined by '_'.</summary>
    public string SegmentLine(string? line) => string.Join(' ', Segment(line).Select(w => w.Underscored));

    /// <summary>Segments <paramref name="text"/> into <paramref name="into"/>, reusing its arrays.</summary>
    internal void Segment(ReadOnlyMemory<char> text, SegmentedText into)
    {
        into.Load(text);
        for (var i = 0; TokenRuns.Next(into.Tokens, text.Span, i, out var start, out var end, out var atSentenceStart); i = end)
        {
            AddRun(into, start, end, atSentenceStart);
        }
    }

    private void AddRun(SegmentedText text, int start, int end, bool atSentenceStart)
    {
        if (end - start == 1)
        {
            text.LookUp(start, end, _cache); // one syllable: nothing to decide
            return;
        }

        var run = text.LoadRun(start, end, atSentenceStart, _cache, _dictionary, _model?.Lexicon);
        Decide(run, text, text.JoinsNext[start..(end - 1)]);
    }

    private void Decide(SyllableRun run, SegmentedText buffers, Span<bool> joins)
    {
        var dict = buffers.Dictionary;
        if (run.IsUnaccented)
        {
            dict.Fill(run, run.FoldedWordLengths);
            dict.Maximal.AsSpan(0, joins.Length).CopyTo(joins);
            return;
        }

        dict.Fill(run, run.WordLengths);
        if (_model is null)
        {
            dict.Maximal.AsSpan(0, joins.Length).CopyTo(joins);
            return;
        }

        var lexicon = buffers.Lexicon;
        lexicon.Fill(run, run.LexiconWordLengths);
        Span<int> features = stackalloc int[BoundaryFeatures.Capacity];
        for (var k = 0; k < joins.Length; k++)
        {
            var n = BoundaryFeatures.Extract(run, dict, lexicon, k, k > 0 && joins[k - 1], features, _model.Mask);
            joins[k] = _model.Score(features[..n]) > 0;
        }
    }

    private static BoundaryModel LoadAndClose(Stream stream)
    {
        using (stream) return BoundaryModel.Load(stream);
    }
}
