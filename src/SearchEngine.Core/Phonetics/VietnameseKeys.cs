namespace SearchEngine.Phonetics;

/// <summary>
/// Tone-insensitive phonetic keys for Vietnamese: one key per dialect, namespaced so keys of different
/// dialects never collide ("n_zaːŋ", "c_jaːŋ", "s_jaːŋ"). Two syllables share a key exactly when some
/// dialect says them alike. A multi-syllable word gets one key per dialect with its syllables joined
/// by '.' ("n_ziəw.saːŋ").
/// </summary>
public static class VietnameseKeys
{
    /// <summary>The dialects keyed, in key order.</summary>
    public static IReadOnlyList<VietnameseDialect> Dialects { get; } =
        [VietnameseDialect.Northern, VietnameseDialect.Central, VietnameseDialect.Southern];

    /// <summary>Separates the syllables of a word inside one key.</summary>
    public const char SyllableSeparator = '.';

    /// <summary>The namespace prefix of a dialect's keys: "n_", "c_" or "s_".</summary>
    public static string Prefix(VietnameseDialect dialect) => dialect switch
    {
        VietnameseDialect.Northern => "n_",
        VietnameseDialect.Central => "c_",
        _ => "s_",
    };

    /// <summary>The keys of one parsed syllable, one per dialect.</summary>
    public static IReadOnlyList<string> Of(VietnameseSyllable syllable)
    {
        var keys = new string[Dialects.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Prefix(Dialects[i]) + VietnamesePhonology.Transcribe(syllable, Dialects[i]);
        }

        return keys;
    }

    /// <summary>The keys of a sequence of syllables read as one word, one per dialect.</summary>
    public static IReadOnlyList<string> Of(IReadOnlyList<VietnameseSyllable> syllables)
    {
        if (syllables.Count == 0) return [];
        if (syllables.Count == 1) return Of(syllables[0]);
        var keys = new string[Dialects.Count];
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            sb.Clear().Append(Prefix(Dialects[i]));
            for (var j = 0; j < syllables.Count; j++)
            {
                if (j > 0) sb.Append(SyllableSeparator);
                sb.Append(VietnamesePhonology.Transcribe(syllables[j], Dialects[i]).ToString());
            }

            keys[i] = sb.ToString();
        }

        return keys;
    }
}
