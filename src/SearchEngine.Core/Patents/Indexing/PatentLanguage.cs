namespace SearchEngine.Patents.Indexing;

/// <summary>The languages whose texts are analysed differently. Each document is in one of them.</summary>
internal enum PatentLanguage
{
    English,
    Vietnamese,
}

internal static class PatentLanguages
{
    public static readonly PatentLanguage[] All = [PatentLanguage.English, PatentLanguage.Vietnamese];

    public static string Code(PatentLanguage l) => l == PatentLanguage.English ? "en" : "vi";

    public static PatentLanguage FromCode(string code) => code == "vi" ? PatentLanguage.Vietnamese : PatentLanguage.English;
}
