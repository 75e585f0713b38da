namespace SearchEngine.Text;

/// <summary>
/// Function words dropped from full text (never from mark text): a pruned Vietnamese list and Lucene's classic
/// English list. Matched on the normalised, accented form, because folding would make <c>của</c> (of) hit
/// <c>cửa</c> (door) and <c>có</c> (have) hit <c>cơ</c> (mechanical).
/// </summary>
public sealed class StopWords
{
    private static readonly Lazy<StopWords> Shipped = new(() =>
        new StopWords(EmbeddedText.ReadLines("vi/stopwords-vi.txt").Concat(EmbeddedText.ReadLines("en/stopwords-en.txt"))));

    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;

    public StopWords(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Select(w => string.Join(' ', TextNormalizer.Normalize(w).Split(' ', StringSplitOptions.RemoveEmptyEntries))),
            StringComparer.Ordinal);
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static StopWords Default => Shipped.Value;

    public static StopWords None { get; } = new([]);

    public int Count => _words.Count;

    /// <summary>True for a normalised word (syllables joined by single spaces).</summary>
    public bool Contains(string normalizedWord) => _words.Contains(normalizedWord);

    /// <summary>The same for a word in a buffer (the analyzer joins a compound's syllables without a string).</summary>
    internal bool Contains(ReadOnlySpan<char> normalizedWord) => _wordsBySpan.Contains(normalizedWord);
}
