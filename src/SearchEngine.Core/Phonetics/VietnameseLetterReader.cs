using SearchEngine.Text;

namespace SearchEngine.Phonetics;

/// <summary>
/// Reads a token written in NFC, NFD or a mix of both into lower-case toneless letters plus one tone,
/// using the project's own letter table (string.Normalize is a no-op in invariant-globalization mode).
/// </summary>
internal static class VietnameseLetterReader
{
    /// <summary>No Vietnamese syllable is longer than this many letters (nghiêng has 7).</summary>
    public const int MaxSyllableLetters = 8;

    /// <summary>
    /// Fills <paramref name="letters"/> with the toneless lower-case letters of <paramref name="token"/>.
    /// Fails on anything that is not a Latin letter or a Vietnamese mark, on two different tone marks,
    /// on a mark with no letter to sit on, and on tokens longer than <paramref name="maxLetters"/>.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> token, Span<char> letters, out int count, out Tone tone, int maxLetters)
    {
        count = 0;
        tone = Tone.Level;
        var toneSeen = false;
        foreach (var c in token)
        {
            if (VietnameseLetters.TryDecompose(c, out var toneless, out var t, out _))
            {
                if (count >= maxLetters || count >= letters.Length) return false;
                letters[count++] = toneless;
                if (t != Tone.Level && !SetTone(t, ref tone, ref toneSeen)) return false;
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                if (count >= maxLetters || count >= letters.Length) return false;
                letters[count++] = (char)(c | 0x20);
            }
            else if (VietnameseLetters.IsCombiningMark(c))
            {
                if (count == 0) return false;
                var markTone = VietnameseLetters.ToneOfCombiningMark(c);
                if (markTone is { } mt)
                {
                    if (!SetTone(mt, ref tone, ref toneSeen)) return false;
                    continue;
                }

                var marked = VietnameseLetters.ApplyQualityMark(letters[count - 1], c);
                if (marked is null) return false;
                letters[count - 1] = marked.Value;
            }
            else
            {
                return false;
            }
        }

        return count > 0;
    }

    private static bool SetTone(Tone t, ref Tone tone, ref bool seen)
    {
        // A repeated identical mark is a typing slip we forgive; two different tones are not one syllable.
        if (seen && tone != t) return false;
        tone = t;
        seen = true;
        return true;
    }
}
