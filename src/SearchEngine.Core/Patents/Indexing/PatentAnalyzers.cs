using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using SearchEngine.Indexing;
using SearchEngine.Text;
using SearchEngine.Text.Analysis;

namespace SearchEngine.Patents.Indexing;

/// <summary>
/// One analyzer per kind of field: English texts get Lucene's EnglishAnalyzer (stop words, possessives,
/// Porter stemming); Vietnamese texts get the foundation's segmented, folded analyzer; names are folded,
/// not stemmed. Language-neutral keywords (numbers, IPC) are indexed untokenised and need no analyzer.
/// </summary>
internal static class PatentAnalyzers
{
    public static readonly Analyzer English = new EnglishAnalyzer(IndexStore.Version);

    /// <summary>
    /// Vietnamese keeps its stop words in the index: the analyzer recognises them only with their accents
    /// ("và"), so a query typed without accents ("va") would otherwise require a word the index dropped.
    /// Queries drop stop words themselves, accented or not (<see cref="QueryLanguage.VietnameseStopWords"/>);
    /// phrases keep them, and then match the text exactly.
    /// </summary>
    public static readonly Analyzer Vietnamese = new VietnameseFullTextAnalyzer(WordSegmenter.Default, StopWords.None);

    public static readonly Analyzer Names = new NameAnalyzer();

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

    /// <summary>Standard tokenisation, then folding: "Nguyễn Văn An" and "NGUYEN VAN AN" are the same name.</summary>
    private sealed class NameAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(IndexStore.Version, reader);
            return new TokenStreamComponents(tokenizer, new FoldingFilter(tokenizer));
        }
    }
}
