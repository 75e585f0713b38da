namespace SearchEngine.Phonetics;

/// <summary>
/// Splits one written syllable into onset, medial glide, nucleus, coda and tone. Accepts accented,
/// unaccented and decomposed (NFD) input in any case; rejects what cannot be a Vietnamese syllable
/// (foreign letters f j w z, consonant clusters, impossible vowel sequences, digits, symbols).
/// It is lenient about spelling conventions that do not change the sound (ce/ke, ge/ghe) and reports them
/// through <see cref="VietnameseSyllable.StandardSpelling"/> instead.
/// </summary>
public static class VietnameseSyllableParser
{
    // Longest first, so "ngh" wins over "ng" and "ng" over "n".
    private static readonly string[] Onsets =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];

    private static readonly string[] ConsonantCodas = ["ng", "nh", "ch", "m", "n", "p", "t", "c"];

    /// <summary>Parses <paramref name="token"/>; returns null when it is not one Vietnamese syllable.</summary>
    public static VietnameseSyllable? Parse(ReadOnlySpan<char> token)
    {
        Span<char> buffer = stackalloc char[VietnameseLetterReader.MaxSyllableLetters];
        if (!VietnameseLetterReader.TryRead(token, buffer, out var n, out var tone, VietnameseLetterReader.MaxSyllableLetters)) return null;
        var letters = new string(buffer[..n]);
        return ParseLetters(letters, tone);
    }

    internal static VietnameseSyllable? ParseLetters(string letters, Text.Tone tone)
    {
        var onset = "";
        foreach (var o in Onsets)
        {
            if (letters.StartsWith(o, StringComparison.Ordinal))
            {
                onset = o;
                break;
            }
        }

        var rest = letters[onset.Length..];
        var standard = true;
        var medial = false;

        switch (onset)
        {
            case "gi":
                // gi is one consonant; its i doubles as the vowel in gì, gìn, and as the start of iê in giếng.
                if (rest.Length == 0 || !Rhymes.IsVowelLetter(rest[0]) || rest[0] == 'ê') rest = "i" + rest;
                break;
            case "qu":
                // qu is /k/ + the glide; a second glide letter cannot follow.
                medial = true;
                if (rest.Length == 0 || rest[0] == 'u') return null;
                break;
        }

        if (rest.Length == 0) return null;

        // Medial glide spelled o before a ă e, or u before â ê y ă e. (uơ, as in thuở, is read as the
        // diphthong uô, like thủa.)
        if (!medial && rest.Length >= 2 &&
            ((rest[0] == 'o' && rest[1] is 'a' or 'ă' or 'e') || (rest[0] == 'u' && rest[1] is 'â' or 'ê' or 'y' or 'ă' or 'e')))
        {
            // "uy" + a would be "uya" (khuya) and is handled as a medial + ia; "ue"/"uă" are rare but sound-regular.
            medial = true;
            rest = rest[1..];
        }

        var coda = "";
        foreach (var c in ConsonantCodas)
        {
            if (rest.Length > c.Length && rest.EndsWith(c, StringComparison.Ordinal))
            {
                coda = c;
                break;
            }
        }

        var vowels = rest[..^coda.Length];
        if (coda.Length == 0)
        {
            // An open rhyme may end in an off-glide written i/y (→ i) or o/u (→ u).
            if (!Rhymes.TrySplitOffGlide(vowels, out vowels, out coda)) return null;
        }

        foreach (var ch in vowels)
        {
            if (!Rhymes.IsVowelLetter(ch)) return null;
        }

        if (!Rhymes.TryNormaliseNucleus(vowels, coda, medial, out var nucleus, out var regularNucleus)) return null;
        standard &= regularNucleus;
        if (!Rhymes.IsValid(nucleus, coda, medial))
        {
            if (!Rhymes.IsIrregular(nucleus, coda, medial)) return null;
            standard = false;
        }

        var (foldedOnset, onsetStandard) = FoldOnset(onset, nucleus, medial);
        if (foldedOnset is null) return null;
        standard &= onsetStandard;

        // Checked syllables (final p t c ch) only carry the acute or dot tone.
        if (coda is "p" or "t" or "c" or "ch" && tone is not (Text.Tone.Level or Text.Tone.Acute or Text.Tone.Dot)) standard = false;

        return new VietnameseSyllable(foldedOnset, medial, nucleus, coda, tone, standard);
    }

    // c/k/q are one /k/, g/gh one /ɣ/, ng/ngh one /ŋ/; the h-spellings and k belong before front vowels.
    private static (string? Onset, bool Standard) FoldOnset(string onset, string nucleus, bool medial)
    {
        var front = !medial && nucleus[0] is 'i' or 'e' or 'ê';
        return onset switch
        {
            "k" => ("c", front),
            "c" => ("c", !front),
            "qu" => ("c", true),
            "gh" => ("g", front),
            "g" => ("g", !front),
            "ngh" => ("ng", front),
            "ng" => ("ng", !front),
            _ => (onset, true),
        };
    }
}
