namespace SearchEngine.Patents.Indexing;

/// <summary>The four text parts of a patent, each indexed once per language.</summary>
internal enum TextFamily
{
    Title,
    Abstract,
    Claims,
    Description,
}

/// <summary>Lucene field names of the patent index, in one place.</summary>
internal static class PatentFields
{
    public const string Number = "number";
    /// <summary>Every number a user may type for the document (application, publication), normalised.</summary>
    public const string Numbers = "an";
    public const string Language = "lang";
    public const string Applicants = "pa";
    public const string Inventors = "in";
    /// <summary>IPC symbols and all their prefixes (section, class, subclass, group), as keywords.</summary>
    public const string Ipc = "ipc";
    /// <summary>Search date as yyyymmdd, indexed for range queries.</summary>
    public const string Date = "pd";
    public const string DateValues = "dv_pd";
    public const string SubclassValues = "dv_ipc";
    public const string ApplicantValues = "dv_pa";
    public const string Source = "source";

    public static readonly TextFamily[] TextFamilies = [TextFamily.Title, TextFamily.Abstract, TextFamily.Claims, TextFamily.Description];

    public static string Text(TextFamily family, PatentLanguage language) => $"{Prefix(family)}_{PatentLanguages.Code(language)}";

    private static string Prefix(TextFamily f) => f switch
    {
        TextFamily.Title => "ti",
        TextFamily.Abstract => "ab",
        TextFamily.Claims => "cl",
        _ => "de",
    };

    /// <summary>Normalises a patent number as typed or as published: lower case, no spaces, no leading zeros.</summary>
    public static string NormalizeNumber(string number)
    {
        var t = new string(number.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        var trimmed = t.TrimStart('0');
        return trimmed.Length == 0 ? t : trimmed;
    }
}
