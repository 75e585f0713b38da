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
    private readonly Dictionary<string, string?[]> _heads = [];
    private readonly Dictionary<string, Dictionary<string, float[]>> _classWeights = [];

    public TermIndex(IReadOnlyList<GoodsTerm> terms)
    {
        Terms = terms;
        var fields = new[] { GoodsAnalysis.EnglishField, GoodsAnalysis.VietnameseField, GoodsAnalysis.FoldedField, GoodsAnalysis.PlainField };
        foreach (var f in fields)
        {
            _tokens[f] = new string[terms.Count][];
            _heads[f] = new string?[terms.Count];
        }

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
                    _heads[f][i] = own.Contains(f) ? GoodsAnalysis.HeadNoun(f, t.Text) : null;
                    // pre-analysed: the same tokens the rescoring reads
                    doc.Add(new TextField(f, string.Join(' ', tokens), Field.Store.NO));
                }

                writer.AddDocument(doc);
            }

            writer.ForceMerge(1);
        }

        foreach (var f in fields)
        {
            _idf[f] = Idf(_tokens[f]);
            _classWeights[f] = ClassWeights(terms, _tokens[f]);
        }

        _searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new FieldSimilarity() };
    }

    public IReadOnlyList<GoodsTerm> Terms { get; }

    /// <summary>The analysed tokens of term <paramref name="doc"/> in <paramref name="field"/>.</summary>
    public string[] TokensOf(string field, int doc) => _tokens[field][doc];

    /// <summary>The head noun of term <paramref name="doc"/> (<see cref="GoodsAnalysis.HeadNoun"/>), or null.</summary>
    public string? HeadOf(string field, int doc) => _heads[field][doc];

    /// <summary>Inverse document frequency of a token among the terms (unknown tokens count as rare).</summary>
    public double Idf(string field, string token) => _idf[field].TryGetValue(token, out var v) ? v : _unknownIdf;

    private double _unknownIdf = 1;

    /// <summary>True when some term has the token.</summary>
    public bool Knows(string field, string token) => _idf[field].ContainsKey(token);

    /// <summary>
    /// The best terms sharing a token with <paramref name="tokens"/>, by Lucene score. Tokens in more than one
    /// term in <see cref="CommonShare"/> ("apparatus", "preparations") are left out of the query when rarer ones
    /// are there: they would walk thousands of postings to add candidates the rarer tokens already rank.
    /// </summary>
    public IReadOnlyList<(int Doc, float Score)> Search(string field, IReadOnlyList<string> tokens, int top)
    {
        var distinct = tokens.Distinct().Take(MaxQueryTokens).ToList();
        var common = _idf[field].Count == 0 ? 0 : Math.Log(1 + 1 / CommonShare);
        var rare = distinct.Where(t => Idf(field, t) >= common).ToList();
        var query = new BooleanQuery();
        foreach (var t in rare.Count > 0 ? rare : distinct) query.Add(new TermQuery(new Term(field, t)), Occur.SHOULD);
        if (query.Clauses.Count == 0) return [];
        return [.. _searcher.Search(query, top).ScoreDocs.Select(d => (d.Doc, d.Score))];
    }

    private const double CommonShare = 0.02;

    /// <summary>
    /// Cosine of the weighted tokens with each class's profile (all its terms as one TF-IDF vector over the 45
    /// classes), indexed by class number − 1: how much the item reads like the class, even when no single term is near.
    /// </summary>
    public double[] ClassCosines(string field, IReadOnlyDictionary<string, double> tokenWeights)
    {
        var scores = new double[NiceClass.Last];
        var weights = _classWeights[field];
        double norm = 0;
        foreach (var (token, w) in tokenWeights)
        {
            norm += w * w;
            if (!weights.TryGetValue(token, out var perClass)) continue;
            for (var c = 0; c < scores.Length; c++) scores[c] += w * perClass[c];
        }

        if (norm == 0) return scores;
        norm = Math.Sqrt(norm);
        for (var c = 0; c < scores.Length; c++) scores[c] /= norm;
        return scores;
    }

    private static Dictionary<string, float[]> ClassWeights(IReadOnlyList<GoodsTerm> terms, string[][] tokens)
    {
        var classes = NiceClass.Last;
        var counts = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            foreach (var t in tokens[i].Distinct())
            {
                if (!counts.TryGetValue(t, out var v)) counts[t] = v = new float[classes];
                v[terms[i].Class.Number - 1]++;
            }
        }

        var norms = new double[classes];
        foreach (var v in counts.Values)
        {
            var spread = v.Count(x => x > 0);
            var idf = Math.Log(1 + classes / (double)spread);
            for (var c = 0; c < classes; c++)
            {
                v[c] = v[c] > 0 ? (float)((1 + Math.Log(v[c])) * idf) : 0;
                norms[c] += v[c] * v[c];
            }
        }

        foreach (var v in counts.Values)
        {
            for (var c = 0; c < classes; c++) if (norms[c] > 0) v[c] /= (float)Math.Sqrt(norms[c]);
        }

        return counts;
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
