using SearchEngine.Patents.Indexing;

namespace SearchEngine.Patents.CrossLingual;

/// <summary>
/// Tells which of a query's translations a hit actually contains (every word of the translation, as its
/// language's analyzer indexes it, in the title, abstract or shown passage), so a result can say
/// <c>"điốt phát quang" → "light emitting diode"</c>.
/// </summary>
internal sealed class TranslationMatcher(IReadOnlyList<QueryTranslation> translations)
{
    private readonly Dictionary<QueryTranslation, string[]> _terms = [];

    public bool IsEmpty => translations.Count == 0;

    public IReadOnlyList<QueryTranslation> Matched(PatentRecord record, PatentPassage? passage)
    {
        if (translations.Count == 0) return [];
        var lang = PatentLanguages.FromCode(record.Language);
        var code = PatentLanguages.Code(lang);
        var mine = translations.Where(t => t.Language == code).ToList();
        if (mine.Count == 0) return [];
        var analyzer = PatentAnalyzers.For(lang);
        var field = PatentFields.Text(TextFamily.Abstract, lang);
        var present = TextAnalysis.Analyze(analyzer, field, $"{record.Title}\n{record.Abstract}\n{passage?.Text}", keepStacked: true)
            .Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return mine.Where(t => Terms(t, analyzer, field) is { Length: > 0 } terms && terms.All(present.Contains)).ToList();
    }

    private string[] Terms(QueryTranslation t, Lucene.Net.Analysis.Analyzer analyzer, string field)
    {
        lock (_terms)
        {
            if (!_terms.TryGetValue(t, out var terms)) _terms[t] = terms = TextAnalysis.Analyze(analyzer, field, t.To).Select(x => x.Term).ToArray();
            return terms;
        }
    }
}
