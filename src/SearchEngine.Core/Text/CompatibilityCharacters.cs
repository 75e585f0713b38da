namespace SearchEngine.Text;

/// <summary>
/// The compatibility and look-alike characters that reach us in marks and documents, mapped the way NFKC
/// would (full-width forms, ligatures, odd spaces) plus the punctuation look-alikes that NFKC leaves alone
/// (curly apostrophes, dashes). A hand table, because <see cref="string.Normalize()"/> is a no-op in
/// globalization-invariant mode.
/// </summary>
internal static class CompatibilityCharacters
{
    /// <summary>Returned by <see cref="Map"/> for characters that carry nothing (zero-width, soft hyphen).</summary>
    public const char Removed = '\uFFFF';

    /// <summary>The one-character replacement of <paramref name="c"/>, <see cref="Removed"/>, or c itself.</summary>
    public static char Map(char c)
    {
        if (c < '\u00A0')
        {
            if (c < ' ') return c is '\n' or '\r' or '\t' ? c : ' ';
            if (c == '`') return '\'';
            return c is >= '\u007F' and < '\u00A0' ? ' ' : c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E') return (char)(c - 0xFEE0); // full-width ASCII
        return c switch
        {
            '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => ' ',
            '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => Removed,
            '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '\u02B9' or '\u02BB' or '\u00B4' or '\uFF40' => '\'',
            '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
            (>= '\u2010' and <= '\u2015') or '\u2212' or '\uFE58' or '\uFE63' => '-',
            '\u2024' => '.',
            '\u00B2' => '2',
            '\u00B3' => '3',
            '\u00B9' => '1',
            '\u00B5' => '\u03BC',
            '\u0131' => 'i',
            '\u017F' => 's',
            _ => c,
        };
    }

    /// <summary>Multi-character expansions (ligatures, ellipsis), or null.</summary>
    public static string? Expand(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        '\u2026' => "...",
        '\u0132' => "IJ",
        '\u0133' => "ij",
        _ => null,
    };
}
