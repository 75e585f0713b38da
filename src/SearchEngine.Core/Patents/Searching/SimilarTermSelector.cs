using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;

namespace SearchEngine.Patents.Searching;

/// <summary>
/// "More like this" for pasted text, our own term selection: the text is analysed like the index,
/// each term weighted by log term frequency × BM25 idf among documents in the same language, and the
/// strongest terms searched (OR) in title, abstract and claims.
/// </summary>
internal static class SimilarTermSelector
{
    public const int MaxTerms = 25;

    private static readonly (TextFamily Family, float Boost)[] Fields =
        [(TextFamily.Title, 2f), (TextFamily.Abstract, 1.5f), (TextFamily.Claims, 1f)];

    public static (Query? Query, List<SimilarTerm> Terms, HighlightTerms Highlights) Build(IndexReader reader, string text, PatentLanguage lang)
    {
        var analyzer = PatentAnalyzers.For(lang);
        var abstractField = PatentFields.Text(TextFamily.Abstract, lang);
        var tokens = TextAnalysis.Analyze(analyzer, abstractField, text, keepStacked: true);
        var stats = new Dictionary<string, (int Tf, string Surface)>(StringComparer.Ordinal);
        foreach (var t in tokens)
        {
            if (t.Term.Length < 2 || t.Term.All(char.IsDigit)) continue;
            if (lang == PatentLanguage.Vietnamese && VietnameseStopWords.Contains(t.Term)) continue;
            stats[t.Term] = stats.TryGetValue(t.Term, out var s) ? (s.Tf + 1, s.Surface) : (1, text[t.Start..t.End]);
        }

        var n = reader.DocFreq(new Term(PatentFields.Language, PatentLanguages.Code(lang)));
        var scored = new List<SimilarTerm>();
        foreach (var (term, (tf, surface)) in stats)
        {
            var df = reader.DocFreq(new Term(abstractField, term));
            if (df == 0) df = reader.DocFreq(new Term(PatentFields.Text(TextFamily.Claims, lang), term));
            if (df == 0) continue; // no document has it: it cannot find anything
            var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            scored.Add(new SimilarTerm(term, surface, (float)((1 + Math.Log(tf)) * idf)));
        }

        var chosen = scored.OrderByDescending(s => s.Weight).ThenBy(s => s.Term, StringComparer.Ordinal).Take(MaxTerms).ToList();
        var highlights = new HighlightTerms();
        if (chosen.Count == 0) return (null, chosen, highlights);
        var max = chosen[0].Weight;
        var bq = new BooleanQuery();
        foreach (var s in chosen)
        {
            highlights.Terms.Add(s.Term);
            foreach (var (family, boost) in Fields)
            {
                bq.Add(new TermQuery(new Term(PatentFields.Text(family, lang), s.Term)) { Boost = boost * s.Weight / max }, Occur.SHOULD);
            }
        }

        return (bq, chosen, highlights);
    }
}
