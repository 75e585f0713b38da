using System.Collections.Concurrent;

namespace SearchEngine.Text.Segmentation;

/// <summary>What segmentation and analysis need to know about one surface token, computed once per spelling.</summary>
internal sealed record SyllableInfo(string Normalized, string Folded, ulong Hash, ulong FoldedHash, byte Shape, bool Known, bool Unaccented);

/// <summary>
/// Memoises <see cref="SyllableInfo"/> by surface spelling. Vietnamese has a few thousand syllables, so after
/// the first abstracts nearly every token is a hit and normalising, folding and hashing cost nothing.
/// Bounded, so a stream of unique junk tokens cannot grow it without limit.
/// </summary>
internal sealed class SyllableInfoCache
{
    private const int MaxEntries = 200_000;
    private readonly VietnameseDictionary _dictionary;
    private readonly ConcurrentDictionary<string, SyllableInfo> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SyllableInfo>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _entries; // ConcurrentDictionary.Count takes every lock: keep our own count

    public SyllableInfoCache(VietnameseDictionary dictionary)
    {
        _dictionary = dictionary;
        _bySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The facts of a token by its characters: a hit cuts no substring.</summary>
    public SyllableInfo Get(ReadOnlySpan<char> text, TokenKind kind) => _bySpan.TryGetValue(text, out var info) ? info : Add(text.ToString(), kind);

    private SyllableInfo Add(string text, TokenKind kind)
    {
        var info = Compute(text, kind);
        if (Volatile.Read(ref _entries) < MaxEntries && text.Length <= 32 && _cache.TryAdd(text, info))
        {
            Interlocked.Increment(ref _entries);
        }

        return info;
    }

    private SyllableInfo Compute(string text, TokenKind kind)
    {
        var normalized = TextNormalizer.Normalize(text);
        var folded = TextNormalizer.Fold(normalized);
        var hash = SyllableHash.Of(normalized);
        var shape = SyllableRun.ShapeOf(text, kind);
        var known = (_dictionary.Lookup(SyllableHash.Combine(0, hash), folded: false) & VietnameseDictionary.SequenceFlags.Syllable) != 0;
        var unaccented = shape is SyllableRun.ShapeLower or SyllableRun.ShapeAllCaps or SyllableRun.ShapeNumber &&
                         string.Equals(normalized, folded, StringComparison.Ordinal);
        return new SyllableInfo(normalized, folded, hash, SyllableHash.Of(folded), shape, known, unaccented);
    }
}
