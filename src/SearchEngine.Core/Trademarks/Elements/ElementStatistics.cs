using Lucene.Net.Index;
using SearchEngine.Trademarks.Indexing;

namespace SearchEngine.Trademarks.Elements;

/// <summary>
/// The register's own element frequencies, read from the index's element field for one search (each key
/// looked up once: a query and its hundred candidates share most of their elements).
/// </summary>
internal sealed class ElementStatistics(IndexReader reader) : IElementVocabulary
{
    private readonly Dictionary<string, int> _frequencies = new(StringComparer.Ordinal);

    public int MarkCount { get; } = reader.NumDocs;

    public int DocumentFrequency(string key)
    {
        if (_frequencies.TryGetValue(key, out var df)) return df;
        df = reader.DocFreq(new Term(TrademarkFields.Elements, TrademarkDocument.Keyword(key)));
        _frequencies[key] = df;
        return df;
    }
}
