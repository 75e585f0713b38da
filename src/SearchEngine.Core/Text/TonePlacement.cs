namespace SearchEngine.Text;

/// <summary>
/// Where a syllable's tone mark goes in our one canonical spelling. Texts mix the old placement (hòa, thủy,
/// khỏe) and the new one (hoà, thuỷ, khoẻ), and some misplace marks (vịêt); we keep only the tone and put
/// it back by rule. Canonical is the traditional placement, the one most texts and the examples use:
/// a vowel with a quality mark takes the tone (the last one: ươ → ơ); otherwise the only vowel; the middle of
/// three; of two, the second when a final consonant follows (hoàng) and the first in an open syllable (hòa).
/// </summary>
internal static class TonePlacement
{
    /// <summary>
    /// The index in <paramref name="letters"/> (lower-case, toneless) of the vowel that carries the tone, or -1
    /// when the letters are not one Vietnamese-shaped syllable (then marks stay where the writer put them).
    /// </summary>
    public static int ToneIndex(ReadOnlySpan<char> letters)
    {
        var n = letters.Length;
        if (n is 0 or > 8) return -1;
        foreach (var c in letters)
        {
            if (!(c is >= 'a' and <= 'z') && !VietnameseLetters.IsVowel(c) && c != 'đ') return -1;
        }

        var vs = 0;
        while (vs < n && !VietnameseLetters.IsVowel(letters[vs])) vs++;
        if (vs == n) return -1;

        // In qu- and gi- the u / i belong to the onset when another vowel follows (quý, già, giữa).
        if (vs + 1 < n && VietnameseLetters.IsVowel(letters[vs + 1]) &&
            ((vs >= 1 && letters[vs] == 'u' && letters[vs - 1] == 'q') || (vs == 1 && letters[vs] == 'i' && letters[0] == 'g')))
        {
            vs++;
        }

        var ve = vs;
        while (ve < n && VietnameseLetters.IsVowel(letters[ve])) ve++;
        for (var k = ve; k < n; k++)
        {
            if (!IsFinalConsonant(letters[k])) return -1;
        }

        var length = ve - vs;
        if (length > 3) return -1;
        for (var k = ve - 1; k >= vs; k--)
        {
            if (letters[k] is 'ă' or 'â' or 'ê' or 'ô' or 'ơ' or 'ư') return k;
        }

        return length switch
        {
            1 => vs,
            3 => vs + 1,
            _ => ve < n ? vs + 1 : vs,
        };
    }

    private static bool IsFinalConsonant(char c) => c is 'c' or 'h' or 'm' or 'n' or 'g' or 'p' or 't';
}
