using System.Globalization;
using System.Text;
using SearchEngine.Text;

namespace SearchEngine.Trademarks.Marks;

/// <summary>
/// The two spellings every comparison of marks starts from: normalised (lower case, tones kept) and
/// folded (lower case, ASCII letters only). It goes through <see cref="TextNormalizer"/> first, then
/// finishes any letter that is still marked, so marks compare correctly whatever stage the shared
/// normaliser is at, and Latin letters outside Vietnamese (é, ñ, ø) fold too.
/// </summary>
internal static class MarkFolding
{
    public static string Normalize(string text) => Lower(TextNormalizer.Normalize(text));

    public static string Fold(string text)
    {
        var pre = TextNormalizer.Fold(text);
        var sb = new StringBuilder(pre.Length);
        foreach (var c in pre)
        {
            if (c < 0x80)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (VietnameseLetters.TryDecompose(c, out var toneless, out _, out _))
            {
                sb.Append(VietnameseLetters.FoldToAscii(toneless));
            }
            else if (VietnameseLetters.IsCombiningMark(c))
            {
                // a tone or quality mark left over from decomposed input: the base letter is already there
            }
            else
            {
                AppendFoldedOther(sb, c);
            }
        }

        return sb.ToString();
    }

    private static string Lower(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (VietnameseLetters.TryDecompose(c, out var toneless, out var tone, out var upper) && upper)
            {
                sb.Append(VietnameseLetters.Compose(toneless, tone));
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static void AppendFoldedOther(StringBuilder sb, char c)
    {
        switch (c)
        {
            case 'ß': sb.Append("ss"); return;
            case 'æ' or 'Æ': sb.Append("ae"); return;
            case 'œ' or 'Œ': sb.Append("oe"); return;
            case 'ø' or 'Ø': sb.Append('o'); return;
            case 'ł' or 'Ł': sb.Append('l'); return;
            case '\u2019' or '\u2018' or '\u02BC': sb.Append('\''); return;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.ToLowerInvariant(d));
        }
    }
}
