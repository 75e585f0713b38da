namespace SearchEngine.Text;

/// <summary>
/// Segments Vietnamese text into words: each word is one or more syllables (a compound such as
/// <c>sở hữu</c>). Punctuation and numbers are words of their own. Works on any Unicode form and case.
/// </summary>
public sealed class WordSegmenter
{
    private static readonly Lazy<WordSegmenter> Shipped = new(() => new WordSegmenter(VietnameseDictionary.Default));

    private readonly VietnameseDictionary _dictionary;

    public WordSegmenter(VietnameseDictionary dictionary)
    {
        _dictionary = dictionary;
    }

    /// <summary>The segmenter over the shipped dictionary (and model, when present).</summary>
    public static WordSegmenter Default => Shipped.Value;

    public VietnameseDictionary Dictionary => _dictionary;

    public IReadOnlyList<SegmentedWord> Segment(string? text)
    {
        var tokens = SyllableTokenizer.Tokenize(text);
        var words = new List<SegmentedWord>(tokens.Count);
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsWord)
            {
                words.Add(new SegmentedWord([tokens[i]]));
                i++;
                continue;
            }

            var end = i;
            while (end < tokens.Count && tokens[end].IsWord) end++;
            AddRun(tokens, i, end, words);
            i = end;
        }

        return words;
    }

    /// <summary>One line in the treebank convention: words separated by spaces, syllables joined by '_'.</summary>
    public string SegmentLine(string? line) => string.Join(' ', Segment(line).Select(w => w.Underscored));

    private void AddRun(IReadOnlyList<TextToken> tokens, int start, int end, List<SegmentedWord> words)
    {
        var run = new string[end - start];
        for (var k = 0; k < run.Length; k++) run[k] = TextNormalizer.Normalize(tokens[start + k].Text);
        var joins = MaximalMatching.Joins(run, _dictionary);
        var wordStart = start;
        for (var k = start; k < end; k++)
        {
            var last = k == end - 1 || !joins[k - start];
            if (!last) continue;
            words.Add(new SegmentedWord(Slice(tokens, wordStart, k + 1)));
            wordStart = k + 1;
        }
    }

    private static TextToken[] Slice(IReadOnlyList<TextToken> tokens, int start, int end)
    {
        var slice = new TextToken[end - start];
        for (var k = start; k < end; k++) slice[k - start] = tokens[k];
        return slice;
    }
}
