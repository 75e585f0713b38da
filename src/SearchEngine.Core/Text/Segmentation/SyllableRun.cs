namespace SearchEngine.Text.Segmentation;

/// <summary>
/// A run of consecutive word and number tokens between punctuation, with everything the boundary model asks
/// about each token computed once: hashes (accented and folded), shape, and the dictionary words that start at
/// each token. Reusable: <see cref="Fill"/> loads the next run into the same arrays, which are at least
/// <see cref="Count"/> long (the analyzer segments every abstract, and fresh arrays per run were a fifth of its time).
/// </summary>
internal sealed class SyllableRun
{
    public const byte ShapeLower = 0;
    public const byte ShapeCapitalized = 1;
    public const byte ShapeAllCaps = 2;
    public const byte ShapeNumber = 3;
    public const byte ShapeOther = 4;
    public const byte ShapeNone = 5;

    /// <summary>Loads a run given the facts of its tokens.</summary>
    public void Fill(ReadOnlySpan<SyllableInfo> infos, bool atSentenceStart, VietnameseDictionary dictionary, VietnameseDictionary? lexicon)
    {
        var n = infos.Length;
        Count = n;
        AtSentenceStart = atSentenceStart;
        if (Hashes.Length < n) Grow(n);
        var unaccented = true;
        for (var k = 0; k < n; k++)
        {
            var info = infos[k];
            Hashes[k] = info.Hash;
            FoldedHashes[k] = info.FoldedHash;
            Shapes[k] = info.Shape;
            Known[k] = info.Known;
            unaccented &= info.Unaccented;
        }

        IsUnaccented = unaccented;

        for (var i = 0; i < n; i++)
        {
            WordLengths[i] = WordsStartingAt(Hashes, i, n, dictionary, folded: false);
            FoldedWordLengths[i] = unaccented ? WordsStartingAt(FoldedHashes, i, n, dictionary, folded: true) : (ushort)0;
            LexiconWordLengths[i] = lexicon is not null ? WordsStartingAt(Hashes, i, n, lexicon, folded: false) : (ushort)0;
        }
    }

    private void Grow(int n)
    {
        var size = Math.Max(n, Hashes.Length * 2);
        Hashes = new ulong[size];
        FoldedHashes = new ulong[size];
        Shapes = new byte[size];
        Known = new bool[size];
        WordLengths = new ushort[size];
        FoldedWordLengths = new ushort[size];
        LexiconWordLengths = new ushort[size];
    }

    private static ushort WordsStartingAt(ulong[] hashes, int i, int count, VietnameseDictionary dictionary, bool folded)
    {
        var lengths = 0;
        var h = SyllableHash.Combine(0, hashes[i]);
        for (var end = i + 1; end < count; end++)
        {
            h = SyllableHash.Combine(h, hashes[end]);
            var flags = dictionary.Lookup(h, folded);
            if ((flags & VietnameseDictionary.SequenceFlags.Word) != 0) lengths |= 1 << (end - i + 1);
            if ((flags & VietnameseDictionary.SequenceFlags.Prefix) == 0 || end - i + 1 >= MaxWordLength) break;
        }

        return (ushort)lengths;
    }

    public int Count { get; private set; }

    /// <summary>
    /// True when the run is written without diacritics, in lower case or capitals (a typed query, a mark):
    /// the accented dictionary and the model, which learned from accented text, cannot read it.
    /// </summary>
    public bool IsUnaccented { get; private set; }

    public bool AtSentenceStart { get; private set; }

    public ulong[] Hashes { get; private set; } = [];

    public ulong[] FoldedHashes { get; private set; } = [];

    public byte[] Shapes { get; private set; } = [];

    /// <summary>True when the token alone is a dictionary word.</summary>
    public bool[] Known { get; private set; } = [];

    /// <summary>Longest word the dictionary lookups follow (pyvi's longest has 9 syllables).</summary>
    public const int MaxWordLength = 15;

    /// <summary>For each token, the lengths (≥ 2) of the dictionary words starting there, as bits (bit L: length L).</summary>
    public ushort[] WordLengths { get; private set; } = [];

    /// <summary>The same, matched accent-free; only computed for an <see cref="IsUnaccented"/> run (typed without diacritics).</summary>
    public ushort[] FoldedWordLengths { get; private set; } = [];

    /// <summary>The same, matched against the model's lexicon (compounds seen in its training sentences).</summary>
    public ushort[] LexiconWordLengths { get; private set; } = [];

    internal static byte ShapeOf(ReadOnlySpan<char> text, TokenKind kind)
    {
        if (kind == TokenKind.Number) return ShapeNumber;
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
