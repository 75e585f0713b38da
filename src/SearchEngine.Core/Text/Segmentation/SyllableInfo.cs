using System.Collections.Concurrent;

namespace SearchEngine.Text.Segmentation;

/// <summary>What segmentation and analysis need to know about one surface token, computed once per spelling.</summary>
internal sealed record SyllableInfo(string Normalized, string Folded, ulong Hash, ulong FoldedHash, byte Shape, bool Known, bool Unaccented);

/// <summary>
/// Memoises <see cref="SyllableInfo"/> by surface spelling. Vietnamese has a few thousand syllables, so after
/// the first abstracts nearly every token is a hit and normalising, folding and hashing cost nothing.
/// Bounded, so a stream of unique junk tokens cannot grow it without limit.
/// </summary>
internal sealed class SyllableInfoCache(VietnameseDictionary dictionary)
{
    private const int MaxEntries = 200_000;
    private readonly ConcurrentDictionary<string, SyllableInfo> _cache = new(StringComparer.Ordinal);
    private int _entries; // ConcurrentDictionary.Count takes every lock: keep our own count

    public SyllableInfo Get(TextToken token)
    {
        if (_cache.TryGetValue(token.Text, out var info)) return info;
        info = Compute(token);
        if (Volatile.Read(ref _entries) < MaxEntries && token.Text.Length <= 32 && _cache.TryAdd(token.Text, info))
        {
            Interlocked.Increment(ref _entries);
        }

        return info;
    }

    private SyllableInfo Compute(TextToken token)
    {
        var normalized = TextNormalizer.Normalize(token.Text);
        var folded = TextNormalizer.Fold(normalized);
        var hash = SyllableHash.Of(normalized);
        var shape = SyllableRun.ShapeOf(token);
        var known = (dictionary.Lookup(SyllableHash.Combine(0, hash), folded: false) & VietnameseDictionary.SequenceFlags.Syllable) != 0;
        var unaccented = shape is SyllableRun.ShapeLower or SyllableRun.ShapeAllCaps or SyllableRun.ShapeNumber &&
                         string.Equals(normalized, folded, StringComparison.Ordinal);
        return new SyllableInfo(normalized, folded, hash, SyllableHash.Of(folded), shape, known, unaccented);
    }
}
