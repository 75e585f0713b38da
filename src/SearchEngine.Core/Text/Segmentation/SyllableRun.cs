namespace SearchEngine.Text.Segmentation;

/// <summary>
/// A run of consecutive word and number tokens between punctuation, with everything the boundary model asks
/// about each token computed once: normalised form, hashes (accented and folded), shape, and the dictionary
/// words that start at each token.
/// </summary>
internal sealed class SyllableRun
{
    public const byte ShapeLower = 0;
    public const byte ShapeCapitalized = 1;
    public const byte ShapeAllCaps = 2;
    public const byte ShapeNumber = 3;
    public const byte ShapeOther = 4;
    public const byte ShapeNone = 5;

    public SyllableRun(IReadOnlyList<TextToken> tokens, int start, int end, bool atSentenceStart, VietnameseDictionary dictionary)
    {
        var n = end - start;
        Count = n;
        AtSentenceStart = atSentenceStart;
        Hashes = new ulong[n];
        FoldedHashes = new ulong[n];
        Shapes = new byte[n];
        Known = new bool[n];
        WordLengths = new List<int>?[n];
        FoldedWordLengths = new List<int>?[n];
        for (var k = 0; k < n; k++)
        {
            var token = tokens[start + k];
            var normalized = TextNormalizer.Normalize(token.Text);
            Hashes[k] = SyllableHash.Of(normalized);
            FoldedHashes[k] = SyllableHash.Of(TextNormalizer.Fold(normalized));
            Shapes[k] = ShapeOf(token);
            Known[k] = dictionary.IsKnownSyllable(normalized);
        }

        var max = dictionary.MaxSyllables;
        for (var i = 0; i < n; i++)
        {
            for (var len = 2; len <= Math.Min(max, n - i); len++)
            {
                if (dictionary.ContainsHashed(Hashes.AsSpan(i, len))) (WordLengths[i] ??= []).Add(len);
                if (dictionary.ContainsFoldedHashed(FoldedHashes.AsSpan(i, len))) (FoldedWordLengths[i] ??= []).Add(len);
            }
        }
    }

    public int Count { get; }

    public bool AtSentenceStart { get; }

    public ulong[] Hashes { get; }

    public ulong[] FoldedHashes { get; }

    public byte[] Shapes { get; }

    /// <summary>True when the token alone is a dictionary word.</summary>
    public bool[] Known { get; }

    /// <summary>For each token, the lengths (≥ 2) of the dictionary words starting there (null: none).</summary>
    public List<int>?[] WordLengths { get; }

    /// <summary>The same, matched accent-free (for text typed without diacritics).</summary>
    public List<int>?[] FoldedWordLengths { get; }

    private static byte ShapeOf(TextToken token)
    {
        if (token.Kind == TokenKind.Number) return ShapeNumber;
        var text = token.Text;
        var letters = 0;
        var upper = 0;
        var firstUpper = false;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                if (char.IsDigit(c) || c is '-' or '.' or '/' or '\'' or '&') return ShapeOther;
                continue;
            }

            if (letters == 0) firstUpper = char.IsUpper(c);
            letters++;
            if (char.IsUpper(c)) upper++;
        }

        if (letters > 1 && upper == letters) return ShapeAllCaps;
        if (firstUpper) return upper == 1 ? ShapeCapitalized : ShapeOther;
        return upper == 0 ? ShapeLower : ShapeOther;
    }
}
