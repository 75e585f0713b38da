using System.Globalization;
using System.Text;
using SearchEngine.Text;

namespace SearchEngine.Patents.Indexing;

/// <summary>
/// Lower-cases and removes every accent (Vietnamese tones and vowel marks, đ → d, other Latin
/// diacritics), from our own tables, so "Phương pháp" and "phuong phap" index and search alike.
/// Combining marks left by decomposed input are dropped too.
/// </summary>
internal static class PatentFolding
{
    public static string Fold(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var f = FoldChar(c);
            if (sb is null)
            {
                if (f == c && c < 0x80 && !char.IsAsciiLetterUpper(c)) continue;
                sb = new StringBuilder(text.Length).Append(text, 0, i);
            }

            if (f != '\0') sb.Append(f);
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>The folded letter, or '\0' for a combining mark that folds to nothing.</summary>
    internal static char FoldChar(char c)
    {
        if (c < 0x80) return char.ToLowerInvariant(c);
        if (VietnameseLetters.IsCombiningMark(c)) return '\0';
        if (VietnameseLetters.TryDecompose(c, out var toneless, out _, out _)) return VietnameseLetters.FoldToAscii(toneless);
        var lower = char.ToLowerInvariant(c);
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
            ? decomposed[0]
            : lower;
    }
}
