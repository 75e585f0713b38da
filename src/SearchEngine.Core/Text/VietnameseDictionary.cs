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
    private readonly Dictionary<ulong, SequenceFlags> _sequences = [];
    private readonly Dictionary<ulong, SequenceFlags> _foldedSequences = [];

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
            AddSequence(_sequences, syllables);
            AddSequence(_foldedSequences, folded.Split(' '));
            MaxSyllables = Math.Max(MaxSyllables, syllables.Length);
            foreach (var s in syllables)
            {
                var single = SyllableHash.Combine(0, SyllableHash.Of(s));
                _sequences[single] = _sequences.GetValueOrDefault(single) | SequenceFlags.Syllable;
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

    /// <summary>What a hashed syllable sequence is: a word, the start of a longer word, or both.</summary>
    [Flags]
    internal enum SequenceFlags : byte
    {
        None = 0,
        Word = 1,
        Prefix = 2,
        Syllable = 4,
    }

    /// <summary>
    /// Looks up a sequence hashed by folding <see cref="SyllableHash.Combine"/> over its syllables from 0, so a
    /// caller extends a match one syllable at a time and stops as soon as no word starts that way.
    /// </summary>
    internal SequenceFlags Lookup(ulong sequenceHash, bool folded) =>
        (folded ? _foldedSequences : _sequences).GetValueOrDefault(sequenceHash);

    private static void AddSequence(Dictionary<ulong, SequenceFlags> into, string[] syllables)
    {
        var h = 0UL;
        for (var k = 0; k < syllables.Length; k++)
        {
            h = SyllableHash.Combine(h, SyllableHash.Of(syllables[k]));
            var flag = k == syllables.Length - 1 ? SequenceFlags.Word : SequenceFlags.Prefix;
            into[h] = into.GetValueOrDefault(h) | flag;
        }
    }

    public bool IsKnownSyllable(string normalizedSyllable) => _syllables.Contains(normalizedSyllable);

    public bool IsKnownFoldedSyllable(string foldedSyllable) => _foldedSyllables.Contains(foldedSyllable);
}
