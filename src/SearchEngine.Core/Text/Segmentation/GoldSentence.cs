namespace SearchEngine.Text.Segmentation;

/// <summary>
/// One treebank sentence (words separated by spaces, syllables joined by '_'): its plain text and, for each
/// gap our tokenizer finds in that text, whether gold joins across it.
/// </summary>
internal sealed class GoldSentence
{
    private readonly HashSet<int> _wordEnds = [];
    private readonly int[] _strippedBefore;

    public GoldSentence(string gold)
    {
        var words = gold.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Text = string.Join(' ', words).Replace('_', ' ');
        var offset = 0;
        Compounds = words.Where(w => w.Contains('_', StringComparison.Ordinal))
            .Select(w => TextNormalizer.Normalize(w.Replace('_', ' ')))
            .ToList();
        foreach (var w in words)
        {
            offset += w.Count(c => c != '_');
            _wordEnds.Add(offset);
        }

        _strippedBefore = new int[Text.Length + 1];
        for (var i = 0; i < Text.Length; i++) _strippedBefore[i + 1] = _strippedBefore[i] + (Text[i] == ' ' ? 0 : 1);
        Tokens = SyllableTokenizer.Tokenize(Text);
    }

    public string Text { get; }

    /// <summary>The sentence's words of two or more syllables, normalised, syllables joined by spaces.</summary>
    public IReadOnlyList<string> Compounds { get; }

    public IReadOnlyList<TextToken> Tokens { get; }

    /// <summary>Whether gold joins token <paramref name="k"/> with token k+1 (false when gold has a word end there).</summary>
    public bool Joins(int k) => !_wordEnds.Contains(_strippedBefore[Tokens[k].End]);
}
