using SearchEngine.Patents.Indexing;
using SearchEngine.Text;

namespace SearchEngine.Patents.Searching;

/// <summary>Tells Vietnamese from English pasted text: by its letters, or, written without accents, by its function words.</summary>
internal static class LanguageGuess
{
    private static readonly HashSet<string> VietnameseFunctionWords =
        ["cua", "va", "cac", "duoc", "nhung", "mot", "trong", "cho", "voi", "la", "co", "khong", "bao", "gom", "nay", "theo", "de", "tu", "hoac"];

    public static PatentLanguage Of(string text)
    {
        int letters = 0, vietnamese = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c > 0x7f && VietnameseLetters.TryDecompose(c, out _, out _, out _)) vietnamese++;
        }

        if (letters == 0) return PatentLanguage.English;
        if (vietnamese >= Math.Max(2, letters / 50)) return PatentLanguage.Vietnamese;
        var words = TextNormalizer.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return PatentLanguage.English;
        var function = words.Count(w => VietnameseFunctionWords.Contains(w.Trim(',', '.', ';', ':')));
        return function * 8 >= words.Length ? PatentLanguage.Vietnamese : PatentLanguage.English;
    }
}
