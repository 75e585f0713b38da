namespace SearchEngine.Phonetics;

/// <summary>
/// The rhyme inventory of Vietnamese spelling: which vowel letters form a nucleus, how off-glides are
/// written, and which nucleus + final combinations exist. Used to reject non-syllables and to keep only
/// real readings when restoring the marks of unaccented input.
/// </summary>
internal static class Rhymes
{
    // Finals each nucleus takes ("" = open, i/u = off-glides). Sources: the standard rhyme tables of
    // Vietnamese spelling (Đoàn Thiện Thuật 1977; Thompson 1965), kept slightly lenient for rare rhymes
    // such as êng/êc and oong/ôông.
    private static readonly Dictionary<string, string[]> CodasByNucleus = new(StringComparer.Ordinal)
    {
        ["a"] = ["", "m", "n", "ng", "nh", "p", "t", "c", "ch", "i", "u"],
        ["ă"] = ["m", "n", "ng", "p", "t", "c", "i", "u"],
        ["â"] = ["m", "n", "ng", "p", "t", "c", "i", "u"],
        ["e"] = ["", "m", "n", "ng", "p", "t", "c", "u"],
        ["ê"] = ["", "m", "n", "ng", "nh", "p", "t", "c", "ch", "u"],
        ["i"] = ["", "m", "n", "nh", "p", "t", "ch", "u"],
        ["o"] = ["", "m", "n", "ng", "p", "t", "c", "i"],
        ["ô"] = ["", "m", "n", "ng", "p", "t", "c", "i"],
        ["ơ"] = ["", "m", "n", "p", "t", "i"],
        ["u"] = ["", "m", "n", "ng", "p", "t", "c", "i"],
        ["ư"] = ["", "m", "n", "ng", "t", "c", "i", "u"],
        ["iê"] = ["", "m", "n", "ng", "p", "t", "c", "u"],
        ["uô"] = ["", "m", "n", "ng", "t", "c", "i"],
        ["ươ"] = ["", "m", "n", "ng", "p", "t", "c", "i", "u"],
        ["oo"] = ["ng", "c"],
        ["ôô"] = ["ng", "c"],
    };

    // Nuclei that may follow the labial glide (oa, oă, oe, uâ, uê, uy, uyê, and after qu: quơ, quốc, quọ).
    private static readonly HashSet<string> MedialNuclei = new(StringComparer.Ordinal) { "a", "ă", "â", "e", "ê", "i", "iê", "ơ", "ô", "o" };

    /// <summary>All nuclei in the inventory, for enumerating readings.</summary>
    public static IEnumerable<string> Nuclei => CodasByNucleus.Keys;

    public static bool IsVowelLetter(char c) => c is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y';

    // Combinations absent from standard spelling that still have one clear reading (open â/ă as in
    // letter names, -ing/-ic in loanwords): accepted, but not standard.
    private static readonly HashSet<(string Nucleus, string Coda)> Irregular = [("â", ""), ("ă", ""), ("i", "ng"), ("i", "c")];

    /// <summary>True when the nucleus takes this final (and the medial glide, if any) in standard spelling.</summary>
    public static bool IsValid(string nucleus, string coda, bool medial)
    {
        if (!CodasByNucleus.TryGetValue(nucleus, out var codas) || Array.IndexOf(codas, coda) < 0) return false;
        return !medial || MedialNuclei.Contains(nucleus);
    }

    /// <summary>True for the few irregular combinations that are read but are not standard spelling.</summary>
    public static bool IsIrregular(string nucleus, string coda, bool medial) => !medial && Irregular.Contains((nucleus, coda));

    /// <summary>
    /// Splits an open rhyme's vowel letters into nucleus letters and an off-glide final (i or u). The glide
    /// spellings carry vowel length: ai/ao have long a, ay/au short ă; ây/âu take y/u.
    /// </summary>
    public static bool TrySplitOffGlide(string vowels, out string nucleus, out string coda)
    {
        nucleus = vowels;
        coda = "";
        if (vowels.Length < 2) return true;

        var last = vowels[^1];
        var head = vowels[..^1];
        switch (last)
        {
            case 'i':
                if (head is "a" or "o" or "ô" or "ơ" or "u" or "ư" or "uô" or "ươ")
                {
                    nucleus = head;
                    coda = "i";
                }

                return true;
            case 'y':
                if (head is "a" or "â")
                {
                    nucleus = head == "a" ? "ă" : "â";
                    coda = "i";
                    return true;
                }

                // "y" after another vowel with no glide reading (e.g. "ey") is not Vietnamese.
                return false;
            case 'o':
                if (head is "a" or "e")
                {
                    nucleus = head;
                    coda = "u";
                }

                return true;
            case 'u':
                if (head is "a" or "â" or "ê" or "i" or "y" or "ư" or "iê" or "yê" or "ươ")
                {
                    nucleus = head == "a" ? "ă" : head;
                    coda = "u";
                }

                return true;
            default:
                return true;
        }
    }

    /// <summary>
    /// Folds the spelling of a nucleus: y → i, ia/ya/iê/yê → iê, ua/uô/uơ → uô, ưa/ươ → ươ.
    /// <paramref name="regular"/> is false when the a-spelling is used before a final or the ê/ô/ơ-spelling
    /// in an open syllable (tiac, tiê): still one sound, but not standard spelling.
    /// </summary>
    public static bool TryNormaliseNucleus(string vowels, string coda, bool medial, out string nucleus, out bool regular)
    {
        var open = coda.Length == 0;
        regular = true;
        switch (vowels)
        {
            case "a" or "ă" or "â" or "e" or "ê" or "i" or "o" or "ô" or "ơ" or "u" or "ư" or "oo" or "ôô":
                nucleus = vowels;
                return true;
            case "y":
                nucleus = "i";
                return true;
            case "ia" or "ya" or "iê" or "yê":
                nucleus = "iê";
                regular = open == vowels.EndsWith('a');
                return true;
            case "ua" or "uô" or "uơ" when !medial:
                nucleus = "uô";
                regular = vowels == "uô" ? !open : open;
                return true;
            case "ưa" or "ươ":
                nucleus = "ươ";
                regular = open == (vowels == "ưa");
                return true;
            default:
                nucleus = "";
                return false;
        }
    }
}
