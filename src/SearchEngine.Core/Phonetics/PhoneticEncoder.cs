namespace SearchEngine.Phonetics;

/// <summary>
/// CONTRACT STUB (owned by the phonetic-keys work, which replaces the bodies; keep the signatures).
/// Per-token choice of encoders: Vietnamese syllables get Vietnamese keys, other Latin words Double
/// Metaphone codes, ambiguous tokens both.
/// </summary>
public static class PhoneticEncoder
{
    /// <summary>Vietnamese phonetic keys of one token (empty when it cannot be a Vietnamese syllable).</summary>
    public static IReadOnlyList<string> VietnameseKeys(string token) => [];

    /// <summary>Double Metaphone codes (primary, and alternate when it differs) of one token, or empty.</summary>
    public static IReadOnlyList<string> MetaphoneCodes(string token) => [];
}
