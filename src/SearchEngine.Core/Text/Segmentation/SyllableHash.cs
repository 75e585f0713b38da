namespace SearchEngine.Text.Segmentation;

/// <summary>
/// Stable 64-bit hashes of syllables and of syllable sequences, so dictionary look-ups and model features need no
/// string joins on the hot path (the full-text analyzer segments every abstract). Stable across runs and
/// platforms: the shipped model's weights are indexed by them.
/// </summary>
internal static class SyllableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> syllable)
    {
        var h = Offset;
        foreach (var c in syllable)
        {
            h = (h ^ (byte)c) * Prime;
            h = (h ^ (byte)(c >> 8)) * Prime;
        }

        return h;
    }

    /// <summary>Hash of a sequence: fold each element in order.</summary>
    public static ulong Combine(ulong h, ulong next) => Mix((h * 0x9E3779B97F4A7C15UL) + next + 0x632BE59BD9B4E019UL);

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
