namespace SearchEngine.Trademarks;

/// <summary>The kinds of mark the register tells apart (INID 550), and the many ways offices name them.</summary>
public static class MarkTypes
{
    public static IReadOnlyList<string> All { get; } = ["word", "figurative", "combined", "three-dimensional", "sound", "other"];

    /// <summary>True for the kinds that carry a figurative element, so Vienna codes say something about them.</summary>
    public static bool HasFigurativeElement(string markType) => markType is "figurative" or "combined" or "three-dimensional";

    /// <summary>
    /// Maps an office's word for the kind of mark to one of <see cref="All"/>: ST.60/ST.66 names ("Stylized
    /// characters", "3-D"), USPTO's ("STANDARD CHARACTER MARK", "AN ILLUSTRATION DRAWING..."), Vietnamese
    /// ("Kết hợp", "Hình"). A blank is a word mark; a word not recognised is "other".
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "word";
        var t = Text.TextNormalizer.Fold(text).Trim();
        if (All.Contains(t)) return t;
        if (t.Contains("3-d") || t.Contains("3d") || t.Contains("three") || t.Contains("ba chieu")) return "three-dimensional";
        if (t.Contains("sound") || t.Contains("am thanh")) return "sound";
        if (t.Contains("combin") || t.Contains("ket hop") || t.Contains("design plus") || t.Contains("with word")) return "combined";
        if (t.Contains("without any word") || t.Contains("design only") || t.Contains("figurative") || t.Contains("hinh")
            || t.Contains("stylized") || t.Contains("stylised") || t.Contains("illustration")) return "figurative";
        if (t.Contains("word") || t.Contains("standard character") || t.Contains("typeset") || t.Contains("typed") || t == "chu") return "word";
        return "other";
    }
}
