using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SearchEngine.Indexing;

namespace SearchEngine.Patents.Indexing;

/// <summary>
/// One analyzer per kind of field: English texts get Lucene's EnglishAnalyzer (stop words, possessives,
/// Porter stemming); Vietnamese texts are folded (accent-insensitive); names are folded, not stemmed.
/// Language-neutral keywords (numbers, IPC) are indexed untokenised and need no analyzer.
/// </summary>
internal static class PatentAnalyzers
{
    public static readonly Analyzer English = new EnglishAnalyzer(IndexStore.Version);
    public static readonly Analyzer Vietnamese = new FoldedAnalyzer();
    public static readonly Analyzer Names = new FoldedAnalyzer();

    public static Analyzer For(PatentLanguage language) => language == PatentLanguage.English ? English : Vietnamese;

    /// <summary>The analyzer the index writer uses: chosen by field name.</summary>
    public static Analyzer CreatePerField()
    {
        var map = new Dictionary<string, Analyzer>();
        foreach (var lang in PatentLanguages.All)
        {
            foreach (var family in PatentFields.TextFamilies) map[PatentFields.Text(family, lang)] = For(lang);
        }

        map[PatentFields.Applicants] = Names;
        map[PatentFields.Inventors] = Names;
        return new PerFieldAnalyzerWrapper(Names, map);
    }

    /// <summary>Standard tokenisation, then folding; no stop words, no stemming.</summary>
    private sealed class FoldedAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(IndexStore.Version, reader);
            return new TokenStreamComponents(tokenizer, new FoldingFilter(tokenizer));
        }
    }
}
