using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using SearchEngine.Indexing;
using SearchEngine.Text;
using SearchEngine.Text.Analysis;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// The analyzers goods texts and terms go through: English is stemmed (Lucene's EnglishAnalyzer: "shirts" =
/// "shirt"); Vietnamese is word-segmented with tones kept (bàn "table" ≠ bán "sell"), each syllable and compound
/// a token, and folded on a second field for text typed without marks. The baseline uses plain standard tokens.
/// </summary>
internal static class GoodsAnalysis
{
    public const string EnglishField = "en";
    public const string VietnameseField = "vi";
    public const string FoldedField = "vf";
    public const string PlainField = "plain";

    private static readonly Analyzer English = new EnglishAnalyzer(IndexStore.Version);
    private static readonly Analyzer Vietnamese = new VietnameseFullTextAnalyzer(WordSegmenter.Default, StopWords.None, keepAccents: true);
    private static readonly Analyzer Folded = new VietnameseFullTextAnalyzer(WordSegmenter.Default, StopWords.None, keepAccents: false);
    private static readonly Analyzer Plain = new StandardAnalyzer(IndexStore.Version);

    public static Analyzer For(string field) => field switch
    {
        EnglishField => English,
        VietnameseField => Vietnamese,
        FoldedField => Folded,
        _ => Plain,
    };

    public static string FieldFor(GoodsLanguage language) => language == GoodsLanguage.English ? EnglishField : VietnameseField;

    /// <summary>The analysed tokens of a text (normalised first, so composed and decomposed letters agree).</summary>
    public static string[] Tokens(string field, string text)
    {
        var tokens = new List<string>();
        var normalized = TextNormalizer.Normalize(text);
        if (field == EnglishField) normalized = JoinNegations(normalized);
        using var stream = For(field).GetTokenStream(field, normalized);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return [.. tokens];
    }

    /// <summary>
    /// "not of metal", "other than electric", "non-electric" become one token ("nonmetal", "nonelectric"): the
    /// list has both "doors of metal" (6) and "doors, not of metal" (19), and the negated word must not match.
    /// </summary>
    private static readonly Regex Negations = new(
        @"\b(?:not|other than|non)(?:\s+|-)(?:(?:of|for|made of|in|being|used for|intended for)\s+)?(?:the\s+|a\s+)?(\w+)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));

    private static string JoinNegations(string normalized)
    {
        if (!normalized.Contains("not", StringComparison.Ordinal) && !normalized.Contains("non", StringComparison.Ordinal)
            && !normalized.Contains("other than", StringComparison.Ordinal)) return normalized;
        try
        {
            return Negations.Replace(normalized, "non$1");
        }
        catch (RegexMatchTimeoutException)
        {
            return normalized; // a starved machine: the words unjoined are still a fair match
        }
    }

    private static readonly string[] HeadEnds =
    [
        " for ", " of ", " used ", " namely", " in the nature of ", " featuring ", " sold ", " being ", " in the field of ",
        " with ", " containing ", " made of ", " consisting ", " such as ", " including ", " [", " (", " other than ", " not ",
        " using ", " via ", " by means of ", " through ", " over the ", " relating to ", " related to ", " in connection with ", " all ",
        " equipped ", " adapted ", " designed ", " intended ", " comprising ", " having ", " made ", " specially ",
        ", ", // "computer software, recorded": the list's own qualifiers follow a comma
        " dùng cho ", " dùng trong ", " dùng để ", " làm từ ", " làm bằng ", " bằng ", " cho ", " của ", " để ", " trong ", " về ", " từ ",
    ];

    /// <summary>The text up to its first qualifier: "computer programs for use in …" → "computer programs".</summary>
    public static string HeadOf(string text)
    {
        var lower = " " + text.ToLowerInvariant() + " ";
        var cut = lower.Length;
        foreach (var e in HeadEnds)
        {
            var i = lower.IndexOf(e, 1, StringComparison.Ordinal);
            if (i > 0 && i < cut) cut = i;
        }

        return lower[..cut].Trim();
    }

    private static readonly string[] VietnameseServicePrefixes = ["dịch vụ ", "các loại ", "sản phẩm ", "hàng "];

    /// <summary>
    /// The word that names the thing: English puts it last in the head ("sealing machines"), Vietnamese first
    /// ("máy phun sơn", "sách giáo dục"), after "dịch vụ"; null when nothing is left after analysis.
    /// </summary>
    public static string? HeadNoun(string field, string text)
    {
        if (field == EnglishField)
        {
            var head = Tokens(field, HeadOf(text));
            return head.Length > 0 ? head[^1] : null;
        }

        var t = TextNormalizer.Normalize(text).Trim();
        foreach (var p in VietnameseServicePrefixes)
        {
            if (t.StartsWith(p, StringComparison.Ordinal) && t.Length > p.Length) t = t[p.Length..];
        }

        var tokens = Tokens(field, t);
        return tokens.FirstOrDefault(x => !x.Contains('_'));
    }

    /// <summary>
    /// Tells Vietnamese from English: goods items are short, so one Vietnamese letter (trà) is enough; written
    /// without marks, the patents' guess by function words decides.
    /// </summary>
    public static GoodsLanguage Guess(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7f && char.IsLetter(c) && VietnameseLetters.TryDecompose(c, out _, out _, out _)) return GoodsLanguage.Vietnamese;
        }

        return Patents.Searching.LanguageGuess.Of(text) == Patents.Indexing.PatentLanguage.Vietnamese ? GoodsLanguage.Vietnamese : GoodsLanguage.English;
    }
}
