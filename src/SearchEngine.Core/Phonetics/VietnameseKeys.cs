namespace SearchEngine.Phonetics;

/// <summary>
/// Tone-insensitive phonetic keys for Vietnamese: one key per dialect, namespaced so keys of different
/// dialects never collide ("n_zaːŋ", "s_jaːŋ"). Two syllables share a key exactly when some dialect says
/// them alike. A multi-syllable word gets one key per dialect with its syllables joined by '.'
/// ("n_zaw.saːŋ").
/// <para>
/// The standard keys cover Hà Nội and Sài Gòn standard speech (Huế shares the Southern segmental mergers,
/// so it needs no key of its own). Matching keys add everyday Sài Gòn speech ("sv_": v = d = gi,
/// hoa = qua, ưu = iu), which widens recall for mark search at some cost in precision.
/// </para>
/// </summary>
public static class VietnameseKeys
{
    /// <summary>The dialects of the standard keys, in key order.</summary>
    public static IReadOnlyList<VietnameseDialect> Dialects { get; } = [VietnameseDialect.Northern, VietnameseDialect.Southern];

    /// <summary>The dialects of the matching keys, in key order.</summary>
    public static IReadOnlyList<VietnameseDialect> MatchingDialects { get; } =
        [VietnameseDialect.Northern, VietnameseDialect.Southern, VietnameseDialect.SouthernColloquial];

    /// <summary>Separates the syllables of a word inside one key.</summary>
    public const char SyllableSeparator = '.';

    /// <summary>The namespace prefix of a dialect's keys: "n_", "c_", "s_" or "sv_".</summary>
    public static string Prefix(VietnameseDialect dialect) => dialect switch
    {
        VietnameseDialect.Northern => "n_",
        VietnameseDialect.Central => "c_",
        VietnameseDialect.Southern => "s_",
        _ => "sv_",
    };

    /// <summary>The keys of one parsed syllable, one per dialect (standard or matching set).</summary>
    public static IReadOnlyList<string> Of(VietnameseSyllable syllable, bool forMatching = false)
    {
        var dialects = forMatching ? MatchingDialects : Dialects;
        var keys = new string[dialects.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Prefix(dialects[i]) + VietnamesePhonology.Transcribe(syllable, dialects[i]);
        }

        return keys;
    }

    /// <summary>The keys of a sequence of syllables read as one word, one per dialect.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<VietnameseSyllable> syllables, bool forMatching = false)
    {
        if (syllables.Count == 0) return [];
        if (syllables.Count == 1) return Of(syllables[0], forMatching);
        var dialects = forMatching ? MatchingDialects : Dialects;
        var keys = new string[dialects.Count];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            sb.Clear().Append(Prefix(dialects[i]));
            for (var j = 0; j < syllables.Count; j++)
            {
                if (j > 0) sb.Append(SyllableSeparator);
                sb.Append(VietnamesePhonology.Transcribe(syllables[j], dialects[i]).ToString());
            }

            keys[i] = sb.ToString();
        }

        return keys;
    }
}
