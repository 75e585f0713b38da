using System.Text.RegularExpressions;
using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;
using SearchEngine.Text;

namespace SearchEngine.Patents.Searching;

/// <summary>
/// Our own highlighter: splits a hit's abstract, claims and (the start of) its description into
/// sentence-sized passages, re-analyses each with the field's analyzer so stemmed and folded forms
/// match ("batteries" ↔ "battery", "pin" ↔ "Pin"), and keeps the passage with the most distinct query
/// terms. Matches are offsets into the plain passage text.
/// </summary>
internal static partial class PassageHighlighter
{
    private const int MaxPassage = 320;
    /// <summary>Descriptions run to 100 KB; past this the cost outweighs a better snippet.</summary>
    private const int MaxDescriptionScan = 10_000;

    public static PatentPassage? Best(PatentRecord record, HighlightTerms terms)
    {
        var lang = PatentLanguages.FromCode(record.Language);
        var analyzer = HighlightAnalyzer(lang);
        terms = ForHighlighting(lang, terms);
        var field = PatentFields.Text(TextFamily.Abstract, lang);
        (PatentPassage Passage, double Score)? best = null;
        var keys = Keys(terms);
        foreach (var (name, text, bonus) in new[] { ("abstract", record.Abstract, 0.5), ("claims", record.Claims, 0.25), ("description", Cap(record.Description), 0.0) })
        {
            if (name == "description" && best is { Score: >= 4 }) break; // good enough already; skip the long part
            if (!MayMatch(text, keys)) continue;
            foreach (var passage in Passages(text))
            {
                if (!MayMatch(passage, keys)) continue;
                var matches = Matches(analyzer, field, passage, terms);
                if (matches.Count == 0) continue;
                var distinct = matches.Select(m => passage.Substring(m.Start, m.Length).ToLowerInvariant()).Distinct().Count();
                var score = distinct * 2 + matches.Count * 0.5 + bonus;
                if (best is null || score > best.Value.Score) best = (new PatentPassage(name, passage, matches), score);
            }
        }

        if (best is { } b) return b.Passage;
        var first = Passages(record.Abstract.Length > 0 ? record.Abstract : record.Claims).FirstOrDefault();
        return first is null ? null : new PatentPassage(record.Abstract.Length > 0 ? "abstract" : "claims", first, []);
    }

    /// <summary>Matched words of a short text such as a title.</summary>
    public static List<MatchRange> Matches(PatentRecord record, string text, HighlightTerms terms)
    {
        var lang = PatentLanguages.FromCode(record.Language);
        return Matches(HighlightAnalyzer(lang), PatentFields.Text(TextFamily.Title, lang), text, ForHighlighting(lang, terms));
    }

    private static List<MatchRange> Matches(Lucene.Net.Analysis.Analyzer analyzer, string field, string text, HighlightTerms terms)
    {
        var list = new List<MatchRange>();
        if (terms.IsEmpty) return list;
        var lastEnd = -1;
        foreach (var t in TextAnalysis.Analyze(analyzer, field, text, keepStacked: true))
        {
            if (t.Start < lastEnd || !terms.Matches(t.Term)) continue;
            list.Add(new MatchRange(t.Start, t.End - t.Start));
            lastEnd = t.End;
        }

        return list;
    }

    /// <summary>
    /// English passages are re-analysed with the English analyzer (stems must agree). Vietnamese ones only
    /// need folded syllables: word segmentation is the costly part of the Vietnamese analyzer and adds
    /// nothing here, since a compound term is highlighted as its syllables.
    /// </summary>
    private static Lucene.Net.Analysis.Analyzer HighlightAnalyzer(PatentLanguage lang) =>
        lang == PatentLanguage.English ? PatentAnalyzers.English : PatentAnalyzers.Names;

    private static HighlightTerms ForHighlighting(PatentLanguage lang, HighlightTerms terms)
    {
        if (lang == PatentLanguage.English || !terms.Terms.Any(t => t.Contains('_'))) return terms;
        var split = new HighlightTerms();
        foreach (var t in terms.Terms) split.Terms.UnionWith(t.Split('_', StringSplitOptions.RemoveEmptyEntries));
        split.Prefixes.UnionWith(terms.Prefixes);
        return split;
    }

    /// <summary>
    /// Re-analysing every passage of every hit is the costly part, so passages are first screened by the
    /// first letters of each term: stemming and compounding change a word's end, never its first four
    /// letters, so a passage without any of these keys (folded) cannot match.
    /// </summary>
    private static string[] Keys(HighlightTerms terms) =>
        terms.Terms.Concat(terms.Prefixes).Select(t => t.Split('_')[0]).Select(t => t.Length <= 4 ? t : t[..4]).Where(t => t.Length > 0).Distinct().ToArray();

    private static bool MayMatch(string text, string[] keys)
    {
        if (keys.Length == 0 || text.Length == 0) return false;
        var folded = TextNormalizer.Fold(text);
        foreach (var k in keys)
        {
            if (folded.Contains(k, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static string Cap(string s) => s.Length <= MaxDescriptionScan ? s : s[..MaxDescriptionScan];

    internal static IEnumerable<string> Passages(string text)
    {
        foreach (var sentence in SentenceBreak().Split(text))
        {
            var s = sentence.Trim();
            if (s.Length == 0) continue;
            if (s.Length <= MaxPassage)
            {
                yield return s;
                continue;
            }

            // Long claims are one sentence: cut them into word-aligned windows.
            var start = 0;
            while (start < s.Length)
            {
                var end = Math.Min(s.Length, start + MaxPassage);
                if (end < s.Length)
                {
                    var space = s.LastIndexOf(' ', end - 1, end - start);
                    if (space > start + MaxPassage / 2) end = space;
                }

                yield return s[start..end].Trim();
                start = end;
            }
        }
    }

    [GeneratedRegex(@"(?<=[.;!?])\s+(?=\S)|\n")]
    private static partial Regex SentenceBreak();
}
