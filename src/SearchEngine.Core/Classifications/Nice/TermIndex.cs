using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SearchEngine.Indexing;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// The classification's terms in a small in-memory Lucene index, one document per term, with each term's
/// analysed tokens kept beside it (document id = position in <see cref="Terms"/>) so a hit can be rescored
/// by how much of the item and of the term it covers. BM25 on the analysed fields, classic TF-IDF on the
/// plain field for the baseline.
/// </summary>
internal sealed class TermIndex
{
    private const int MaxQueryTokens = 64;

    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, string[][]> _tokens = [];
    private readonly Dictionary<string, Dictionary<string, double>> _idf = [];

    public TermIndex(IReadOnlyList<GoodsTerm> terms)
    {
        Terms = terms;
        var fields = new[] { GoodsAnalysis.EnglishField, GoodsAnalysis.VietnameseField, GoodsAnalysis.FoldedField, GoodsAnalysis.PlainField };
        foreach (var f in fields) _tokens[f] = new string[terms.Count][];
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(IndexStore.Version, new WhitespaceAnalyzer(IndexStore.Version)) { Similarity = new FieldSimilarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < terms.Count; i++)
            {
                var t = terms[i];
                var doc = new Document();
                var own = t.Language == GoodsLanguage.English
                    ? new[] { GoodsAnalysis.EnglishField, GoodsAnalysis.PlainField }
                    : [GoodsAnalysis.VietnameseField, GoodsAnalysis.FoldedField, GoodsAnalysis.PlainField];
                foreach (var f in fields)
                {
                    var tokens = own.Contains(f) ? GoodsAnalysis.Tokens(f, t.Text) : [];
                    _tokens[f][i] = tokens;
                    // pre-analysed: the same tokens the rescoring reads
                    doc.Add(new TextField(f, string.Join(' ', tokens), Field.Store.NO));
                }

                writer.AddDocument(doc);
            }

            writer.ForceMerge(1);
        }

        foreach (var f in fields) _idf[f] = Idf(_tokens[f]);
        _searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new FieldSimilarity() };
    }

    public IReadOnlyList<GoodsTerm> Terms { get; }

    /// <summary>The analysed tokens of term <paramref name="doc"/> in <paramref name="field"/>.</summary>
    public string[] TokensOf(string field, int doc) => _tokens[field][doc];

    /// <summary>Inverse document frequency of a token among the terms (unknown tokens count as rare).</summary>
    public double Idf(string field, string token) => _idf[field].TryGetValue(token, out var v) ? v : _unknownIdf;

    private double _unknownIdf = 1;

    /// <summary>The best terms sharing a token with <paramref name="tokens"/>, by Lucene score.</summary>
    public IReadOnlyList<(int Doc, float Score)> Search(string field, IReadOnlyList<string> tokens, int top)
    {
        var query = new BooleanQuery();
        foreach (var t in tokens.Distinct().Take(MaxQueryTokens)) query.Add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        return [.. _searcher.Search(query, top).ScoreDocs.Select(d => (d.Doc, d.Score))];
    }

    private Dictionary<string, double> Idf(string[][] docs)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var tokens in docs)
        {
            if (tokens.Length == 0) continue;
            n++;
            foreach (var t in tokens.Distinct()) df[t] = df.GetValueOrDefault(t) + 1;
        }

        _unknownIdf = Math.Max(_unknownIdf, Math.Log(1 + n));
        return df.ToDictionary(p => p.Key, p => Math.Log(1 + n / (double)p.Value), StringComparer.Ordinal);
    }

    /// <summary>Classic TF-IDF for the baseline's plain field, BM25 elsewhere.</summary>
    private sealed class FieldSimilarity : PerFieldSimilarityWrapper
    {
        private static readonly Similarity Bm25 = new BM25Similarity();
        private static readonly Similarity Classic = new DefaultSimilarity();

        public override Similarity Get(string name) => name == GoodsAnalysis.PlainField ? Classic : Bm25;
    }
}
