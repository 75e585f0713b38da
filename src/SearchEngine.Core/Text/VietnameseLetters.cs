namespace SearchEngine.Text;

/// <summary>
/// Our own table of the 134 precomposed Vietnamese letters and the combining marks that build them.
/// It deliberately does not use <see cref="string.Normalize()"/>: in globalization-invariant mode .NET
/// silently returns its input unchanged, and Vietnamese text would then stop matching itself.
/// </summary>
public static class VietnameseLetters
{
    // Each row: a toneless vowel letter followed by its five toned forms, in Tone order
    // (Level, Grave, Acute, Hook, Tilde, Dot). 12 rows x 6 x 2 cases = 144 code points; minus the
    // twelve plain ASCII vowels (a e i o u y, both cases), plus đ/Đ = 134 precomposed letters.
    private static readonly string[] LowerRows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    private static readonly string[] UpperRows =
    [
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
        "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    private readonly record struct Entry(char Toneless, Tone Tone, bool Upper);

    private static readonly Dictionary<char, Entry> Decomposition = BuildDecomposition();
    private static readonly Dictionary<(char Toneless, Tone Tone), char> Composition = BuildComposition();

    /// <summary>Number of precomposed Vietnamese letters in the table (tone-marked or quality-marked), for tests.</summary>
    internal static int PrecomposedLetterCount =>
        LowerRows.Concat(UpperRows).SelectMany(r => r).Count(c => c > '\u007f') + 2;

    /// <summary>
    /// Splits a letter into its lower-case toneless letter (keeping ă â ê ô ơ ư đ) and its tone.
    /// Icelandic ð/Ð, a common look-alike of đ/Đ, is read as đ. Returns false for anything else.
    /// </summary>
    public static bool TryDecompose(char c, out char toneless, out Tone tone, out bool upper)
    {
        if (Decomposition.TryGetValue(c, out var e))
        {
            toneless = e.Toneless;
            tone = e.Tone;
            upper = e.Upper;
            return true;
        }

        toneless = c;
        tone = Tone.Level;
        upper = false;
        return false;
    }

    /// <summary>Composes a toneless vowel letter (lower case) with a tone; non-vowels come back unchanged.</summary>
    public static char Compose(char toneless, Tone tone, bool upper = false)
    {
        var c = Composition.TryGetValue((toneless, tone), out var composed) ? composed : toneless;
        return upper && Decomposition.TryGetValue(c, out _) ? ToUpper(c) : c;
    }

    /// <summary>The tone a combining mark writes, or null when the mark is not a tone mark.</summary>
    public static Tone? ToneOfCombiningMark(char mark) => mark switch
    {
        '\u0300' or '\u0340' => Tone.Grave,
        '\u0301' or '\u0341' => Tone.Acute,
        '\u0309' => Tone.Hook,
        '\u0303' => Tone.Tilde,
        '\u0323' => Tone.Dot,
        _ => null,
    };

    /// <summary>
    /// Applies a vowel-quality mark (breve, circumflex, horn) to a lower-case toneless letter:
    /// a+U+0306 = ă, a/e/o+U+0302 = â/ê/ô, o/u+U+031B = ơ/ư; d+U+0335 or U+0336 (stroke overlays) = đ.
    /// Returns null when the pair does not make a Vietnamese letter.
    /// </summary>
    public static char? ApplyQualityMark(char toneless, char mark) => (toneless, mark) switch
    {
        ('a', '\u0306') => 'ă',
        ('a', '\u0302') => 'â',
        ('e', '\u0302') => 'ê',
        ('o', '\u0302') => 'ô',
        ('o', '\u031B') => 'ơ',
        ('u', '\u031B') => 'ư',
        ('d', '\u0335') or ('d', '\u0336') => 'đ',
        _ => null,
    };

    /// <summary>True for any combining mark (U+0300–U+036F and the other Unicode combining blocks).</summary>
    public static bool IsCombiningMark(char c) =>
        (c >= '\u0300' && c <= '\u036F') || (c >= '\u1AB0' && c <= '\u1AFF') ||
        (c >= '\u1DC0' && c <= '\u1DFF') || (c >= '\u20D0' && c <= '\u20FF') || (c >= '\uFE20' && c <= '\uFE2F');

    /// <summary>The plain ASCII letter under a lower-case toneless Vietnamese letter: ă/â → a, đ → d.</summary>
    public static char FoldToAscii(char toneless) => toneless switch
    {
        'ă' or 'â' => 'a',
        'ê' => 'e',
        'ô' or 'ơ' => 'o',
        'ư' => 'u',
        'đ' => 'd',
        _ => toneless,
    };

    /// <summary>True for the lower-case toneless vowel letters a ă â e ê i o ô ơ u ư y.</summary>
    public static bool IsVowel(char toneless) => toneless is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y';

    private static char ToUpper(char lower)
    {
        for (var r = 0; r < LowerRows.Length; r++)
        {
            var i = LowerRows[r].IndexOf(lower);
            if (i >= 0) return UpperRows[r][i];
        }

        return lower == 'đ' ? 'Đ' : char.ToUpperInvariant(lower);
    }

    private static Dictionary<char, Entry> BuildDecomposition()
    {
        var map = new Dictionary<char, Entry>();
        for (var r = 0; r < LowerRows.Length; r++)
        {
            var toneless = LowerRows[r][0];
            for (var t = 0; t < 6; t++)
            {
                map[LowerRows[r][t]] = new Entry(toneless, (Tone)t, false);
                map[UpperRows[r][t]] = new Entry(toneless, (Tone)t, true);
            }
        }

        map['đ'] = new Entry('đ', Tone.Level, false);
        map['Đ'] = new Entry('đ', Tone.Level, true);
        map['\u00F0'] = new Entry('đ', Tone.Level, false); // Icelandic eth, a look-alike
        map['\u00D0'] = new Entry('đ', Tone.Level, true);
        map['\u0189'] = new Entry('đ', Tone.Level, true);  // African D, another look-alike
        return map;
    }

    private static Dictionary<(char, Tone), char> BuildComposition()
    {
        var map = new Dictionary<(char, Tone), char>();
        foreach (var row in LowerRows)
        {
            for (var t = 0; t < 6; t++) map[(row[0], (Tone)t)] = row[t];
        }

        return map;
    }
}
