namespace SearchEngine.Text;

/// <summary>
/// CONTRACT STUB (owned by the text-analysis work, which replaces the bodies; keep the signatures).
/// Normalize: canonical lower-case form (NFC/NFKC-equivalent from our own tables, one tone placement,
/// look-alike letters mapped). Fold: Normalize, then every mark removed and đ→d.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text) => text.ToLowerInvariant();

    public static string Fold(string text) => Normalize(text);
}
