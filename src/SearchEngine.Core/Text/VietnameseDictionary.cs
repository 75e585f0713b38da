using SearchEngine.Text.Segmentation;

namespace SearchEngine.Text;

/// <summary>
/// The word list the segmenter matches against (pyvi's 31,157 words, MIT), held in normalised form with the
/// syllables of a word joined by single spaces, plus the set of syllables it attests.
/// </summary>
public sealed class VietnameseDictionary
{
    private static readonly Lazy<VietnameseDictionary> Shipped = new(() => new VietnameseDictionary(EmbeddedText.ReadLines("vi/words-pyvi.txt.gz")));

    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string> _syllables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _foldedSyllables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _foldedWords = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> _wordHashes = [];
    private readonly HashSet<ulong> _foldedWordHashes = [];

    /// <summary>Builds a dictionary from words written in any form and case (one word a string).</summary>
    public VietnameseDictionary(IEnumerable<string> words)
    {
        foreach (var raw in words)
        {
            var syllables = TextNormalizer.Normalize(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (syllables.Length == 0) continue;
            var word = string.Join(' ', syllables);
            _words.Add(word);
            var folded = TextNormalizer.Fold(word);
            _foldedWords.Add(folded);
            _wordHashes.Add(HashOf(syllables));
            _foldedWordHashes.Add(HashOf(folded.Split(' ')));
            MaxSyllables = Math.Max(MaxSyllables, syllables.Length);
            foreach (var s in syllables)
            {
                _syllables.Add(s);
                _foldedSyllables.Add(TextNormalizer.Fold(s));
            }
        }
    }

    /// <summary>The shipped dictionary (loaded once, on first use).</summary>
    public static VietnameseDictionary Default => Shipped.Value;

    public int Count => _words.Count;

    /// <summary>The most syllables in one word.</summary>
    public int MaxSyllables { get; }

    /// <summary>True for a normalised word, syllables joined by single spaces.</summary>
    public bool Contains(string normalizedWord) => _words.Contains(normalizedWord);

    /// <summary>True for a folded word (no marks), syllables joined by single spaces.</summary>
    public bool ContainsFolded(string foldedWord) => _foldedWords.Contains(foldedWord);

    /// <summary>True when the syllables whose <see cref="SyllableHash"/>es are given form a word (normalised).</summary>
    internal bool ContainsHashed(ReadOnlySpan<ulong> syllableHashes) => _wordHashes.Contains(HashOf(syllableHashes));

    /// <summary>The same over folded syllables.</summary>
    internal bool ContainsFoldedHashed(ReadOnlySpan<ulong> foldedSyllableHashes) => _foldedWordHashes.Contains(HashOf(foldedSyllableHashes));

    internal static ulong HashOf(ReadOnlySpan<ulong> syllableHashes)
    {
        var h = 0UL;
        foreach (var s in syllableHashes) h = SyllableHash.Combine(h, s);
        return h;
    }

    private static ulong HashOf(string[] syllables)
    {
        var h = 0UL;
        foreach (var s in syllables) h = SyllableHash.Combine(h, SyllableHash.Of(s));
        return h;
    }

    public bool IsKnownSyllable(string normalizedSyllable) => _syllables.Contains(normalizedSyllable);

    public bool IsKnownFoldedSyllable(string foldedSyllable) => _foldedSyllables.Contains(foldedSyllable);
}
