namespace SearchEngine.Phonetics;

/// <summary>
/// Per-token choice of encoders for marks that mix Vietnamese and foreign words: Vietnamese syllables get
/// Vietnamese keys, other Latin-script words Double Metaphone codes, and unaccented tokens that are also
/// Vietnamese syllables (Nam, Long, Sun) get both.
/// </summary>
public static class PhoneticEncoder
{
    /// <summary>
    /// Vietnamese phonetic keys of one token read exactly as written (one key per standard dialect:
    /// Northern "n_", Southern "s_"), or empty when it cannot be a Vietnamese syllable. Unaccented input
    /// is read as plain letters: "nam" is nam, not năm.
    /// </summary>
    public static IReadOnlyList<string> VietnameseKeys(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var syllable = VietnameseSyllableParser.Parse(token);
        return syllable is null ? [] : Phonetics.VietnameseKeys.Of(syllable);
    }

    /// <summary>
    /// Matching keys (standard dialects plus everyday Southern speech) of every plausible reading of the
    /// token: for unaccented input all standard syllables it may stand for ("nam" → nam, năm, nâm),
    /// otherwise the token as written. For matching marks, including marks typed without diacritics.
    /// </summary>
    public static IReadOnlyList<string> VietnameseReadingKeys(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var readings = VietnameseReadings.Of(token);
        if (readings.Count == 0) return [];
        if (readings.Count == 1) return Phonetics.VietnameseKeys.Of(readings[0], forMatching: true);
        var keys = new List<string>(readings.Count * 3);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in readings)
        {
            foreach (var k in Phonetics.VietnameseKeys.Of(r, forMatching: true))
            {
                if (seen.Add(k)) keys.Add(k);
            }
        }

        return keys;
    }

    /// <summary>
    /// Vietnamese keys of a whole word, its syllables written apart or run together ("Giàu Sang",
    /// "TIEPNGON"): one key per dialect, syllables joined by '.'. Empty when it is not Vietnamese.
    /// </summary>
    public static IReadOnlyList<string> VietnameseWordKeys(string word, bool forMatching = false)
    {
        ArgumentNullException.ThrowIfNull(word);
        var syllables = VietnameseWordSplitter.Split(word);
        return syllables is null ? [] : Phonetics.VietnameseKeys.Of(syllables, forMatching);
    }

    /// <summary>Double Metaphone codes (primary, and alternate when it differs) of one token, or empty.</summary>
    public static IReadOnlyList<string> MetaphoneCodes(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!IsLatinWord(token)) return [];
        var code = DoubleMetaphone.Encode(token);
        if (code.Primary.Length == 0 && code.Alternate.Length == 0) return [];
        if (!code.HasDistinctAlternate) return [code.Primary];
        return code.Primary.Length == 0 ? [code.Alternate] : [code.Primary, code.Alternate];
    }

    /// <summary>Which encoders a token gets.</summary>
    public static TokenSound Classify(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length == 0) return TokenSound.None;
        var syllable = VietnameseSyllableParser.Parse(token);
        var latin = IsLatinWord(token);
        if (syllable is not null)
        {
            // Vietnamese marks settle it; a bare syllable like "long" may just as well be English.
            return latin && IsAscii(token) ? TokenSound.Ambiguous : TokenSound.Vietnamese;
        }

        return latin ? TokenSound.Foreign : TokenSound.None;
    }

    /// <summary>
    /// All phonetic keys of a token for matching marks: Vietnamese matching keys (of every plausible
    /// reading) and/or Double Metaphone codes, as <see cref="Classify"/> decides.
    /// </summary>
    public static IReadOnlyList<string> MarkKeys(string token) => Classify(token) switch
    {
        TokenSound.Vietnamese => VietnameseReadingKeys(token),
        TokenSound.Foreign => MetaphoneCodes(token),
        TokenSound.Ambiguous => [.. VietnameseReadingKeys(token), .. MetaphoneCodes(token)],
        _ => [],
    };

    // Double Metaphone only knows the Latin alphabet; a token with letters from another script, digits
    // mixed in, or no letter at all is not a word it can say.
    internal static bool IsLatinWord(ReadOnlySpan<char> token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                letters++;
            }
            else if (c > '\u007f' && (Text.VietnameseLetters.TryDecompose(c, out _, out _, out _) || IsLatinSupplement(c)))
            {
                letters++;
            }
            else if (c is '\'' or '’' or '-' or '.' or '&' || Text.VietnameseLetters.IsCombiningMark(c))
            {
                // Apostrophes, hyphens and marks sit inside Latin words (O'Brien, Coca-Cola).
            }
            else
            {
                return false;
            }
        }

        return letters > 0;
    }

    private static bool IsLatinSupplement(char c) => c is >= '\u00C0' and <= '\u024F' && c != '\u00D7' && c != '\u00F7';

    private static bool IsAscii(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c > '\u007f') return false;
        }

        return true;
    }
}
