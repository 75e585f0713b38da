namespace SearchEngine.Phonetics;

/// <summary>
/// From a parsed syllable to how each dialect says it (tones aside). The underlying form follows the
/// spelling pronunciation (Thompson 1965; Cao Xuân Hạo 1998); each dialect then applies its own mergers.
/// Only what changes which syllables sound alike matters here, so allophonic detail that never creates
/// or breaks a merger (labio-velar finals, Hanoi vowel lengthening) is left out.
/// </summary>
public static class VietnamesePhonology
{
    private static readonly Dictionary<string, string> OnsetSounds = new(StringComparer.Ordinal)
    {
        [""] = "", ["b"] = "ɓ", ["c"] = "k", ["ch"] = "c", ["d"] = "z", ["gi"] = "z", ["đ"] = "ɗ", ["g"] = "ɣ",
        ["h"] = "h", ["kh"] = "x", ["l"] = "l", ["m"] = "m", ["n"] = "n", ["ng"] = "ŋ", ["nh"] = "ɲ", ["p"] = "p",
        ["ph"] = "f", ["r"] = "r", ["s"] = "ʂ", ["t"] = "t", ["th"] = "tʰ", ["tr"] = "ʈ", ["v"] = "v", ["x"] = "s",
    };

    private static readonly Dictionary<string, string> NucleusSounds = new(StringComparer.Ordinal)
    {
        ["a"] = "aː", ["ă"] = "a", ["â"] = "ə", ["e"] = "ɛ", ["ê"] = "e", ["i"] = "i", ["o"] = "ɔ", ["ô"] = "o",
        ["ơ"] = "əː", ["u"] = "u", ["ư"] = "ɨ", ["iê"] = "iə", ["uô"] = "uə", ["ươ"] = "ɨə", ["oo"] = "ɔː", ["ôô"] = "oː",
    };

    private static readonly Dictionary<string, string> CodaSounds = new(StringComparer.Ordinal)
    {
        [""] = "", ["m"] = "m", ["n"] = "n", ["ng"] = "ŋ", ["nh"] = "ɲ", ["p"] = "p", ["t"] = "t", ["c"] = "k",
        ["ch"] = "c", ["i"] = "j", ["u"] = "w",
    };

    /// <summary>The spelling pronunciation before any dialect merger.</summary>
    public static SyllableSound Underlying(VietnameseSyllable s) =>
        new(OnsetSounds[s.Onset], s.Medial, NucleusSounds[s.Nucleus], CodaSounds[s.Coda]);

    /// <summary>How <paramref name="dialect"/> says the syllable, tones aside.</summary>
    public static SyllableSound Transcribe(VietnameseSyllable s, VietnameseDialect dialect)
    {
        var u = Underlying(s);
        return dialect switch
        {
            VietnameseDialect.Northern => Northern(u),
            VietnameseDialect.SouthernColloquial => SouthernRhyme(u with { Onset = ColloquialSouthernOnset(u) }, colloquial: true),
            // Central (Huế) and Southern (Sài Gòn) share their segmental mergers; they differ in tones only.
            _ => SouthernRhyme(u with { Onset = SouthernOnset(u) }, colloquial: false),
        };
    }

    // Hà Nội: d, gi and r are all /z/; s = x; ch = tr. The finals keep their spelling values: the vowel
    // before nh/ch (anh, ênh, inh) differs from the one before ng/c, so no rhyme merges. After i the
    // velars are said palatal, so the loanword spellings -ing/-ic sound like -inh/-ich.
    private static SyllableSound Northern(SyllableSound u) => u with
    {
        Onset = u.Onset switch
        {
            "r" => "z",
            "ʂ" => "s",
            "ʈ" => "c",
            _ => u.Onset,
        },
        Coda = u.Nucleus == "i" ? u.Coda switch { "ŋ" => "ɲ", "k" => "c", _ => u.Coda } : u.Coda,
    };

    // Huế and Sài Gòn: d, gi are /j/; qu- and the glide-initial oa-, uy- start with plain /w/; retroflex s
    // is said as plain s, so s = x. v, r, tr and h + glide keep their own sounds in standard speech.
    private static string SouthernOnset(SyllableSound u) => u.Onset switch
    {
        "z" => "j",
        "k" when u.Labial => "",
        "ʂ" => "s",
        _ => u.Onset,
    };

    // Everyday Sài Gòn speech goes further: v joins d and gi as /j/, and h drops before the glide
    // (hoa = qua = oa).
    private static string ColloquialSouthernOnset(SyllableSound u) => u.Onset switch
    {
        "v" => "j",
        "h" when u.Labial => "",
        _ => SouthernOnset(u),
    };

    /// <summary>
    /// The Southern/Central rhyme (after vPhon's rules, Kirby 2008-2020): finals n/t survive only after
    /// the short front vowels (where they also absorb nh/ch), and go to ng/c everywhere else; diphthongs
    /// before a final become long vowels.
    /// </summary>
    private static SyllableSound SouthernRhyme(SyllableSound u, bool colloquial)
    {
        var n = u.Nucleus;
        var c = u.Coda;

        // anh, ach: the spelled a is the front vowel that nh/ch demand.
        if (n == "aː" && c is "ɲ" or "c") n = "ɛ";

        if (c.Length > 0)
        {
            n = n switch
            {
                "iə" => "iː",
                "uə" => "uː",
                "ɨə" => "ɨː",
                _ => n,
            };
        }

        if (c is "ŋ" or "k")
        {
            if (n == "ɛ") n = "ɛː";
            else if (n == "e") n = "eː";
            else if (n == "o") n = "ɔ"; // ông = ong, ốc = óc
        }

        if (c is "n" or "t")
        {
            if (n == "ɔ") n = "ɔː";
            if (n == "ɛ")
            {
                // en = eng, et = ec.
                n = "ɛː";
            }

            if (IsLong(n) || n is "ɨ" or "ə" or "a" or "u" or "o") c = c == "n" ? "ŋ" : "k";
        }

        // No velar finals after a short front vowel (loanword -ing/-ic): they are coronal.
        if (n is "i" or "e" or "ɛ" && c is "ŋ" or "k") c = c == "ŋ" ? "n" : "t";

        c = c switch
        {
            "ɲ" => "n",
            "c" => "t",
            _ => c,
        };

        if (c is "n" or "t")
        {
            // Before the surviving coronals the front vowels centralise: in = inh [ɨn], ên = ênh [əːn], anh [an].
            n = n switch
            {
                "i" => "ɨ",
                "ɛ" => "a",
                "e" => "əː",
                _ => n,
            };
        }

        if (n == "u" && c is "m" or "p") n = "ɨ";

        n = n switch
        {
            "e" => "eː",
            "ɛ" => "ɛː",
            "o" when c is not ("ŋ" or "k") => "oː",
            "ɔ" when c is not ("ŋ" or "k") => "ɔː",
            _ => n,
        };

        // Colloquial Southern ưu is said iu (cứu = kíu).
        if (colloquial && n == "ɨ" && c == "w") n = "i";

        return u with { Nucleus = n, Coda = c };
    }

    private static bool IsLong(string nucleus) => nucleus.Length == 2 && nucleus[1] == 'ː';
}
