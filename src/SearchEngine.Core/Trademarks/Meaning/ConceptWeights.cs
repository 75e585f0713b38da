using Lucene.Net.Index;
using SearchEngine.Trademarks.Indexing;

namespace SearchEngine.Trademarks.Meaning;

/// <summary>
/// How distinctive a concept is in the register: the inverse of its document frequency in the concept
/// field. A concept most marks carry (việt, gold, new, star) weighs little, so sharing it alone neither
/// brings a candidate nor makes two marks mean the same. Cached per search: a hundred candidates share
/// most of their concepts.
/// </summary>
internal sealed class ConceptWeights
{
    /// <summary>Every concept weighs the same: for comparisons outside a register (tests, a single pair).</summary>
    public static readonly ConceptWeights Uniform = new(null);

    private readonly IndexReader? _reader;
    private readonly Dictionary<string, (int DocFreq, float Weight)> _cache = new(StringComparer.Ordinal);

    private ConceptWeights(IndexReader? reader) => _reader = reader;

    public static ConceptWeights Of(IndexReader reader) => new(reader);

    /// <summary>Marks in the register (1 without one).</summary>
    public int Marks => Math.Max(1, _reader?.MaxDoc ?? 1);

    public int DocFreq(string concept) => Lookup(concept).DocFreq;

    /// <summary>log(1 + N / (df + 1)); 1 for every concept without a register.</summary>
    public float Weight(string concept) => Lookup(concept).Weight;

    /// <summary>
    /// A word with no known meaning (a coinage, a name, a number) counts as a rare concept: a mark that adds
    /// one to the other's meaning says more than it.
    /// </summary>
    public float UnknownWordWeight => _reader is null ? 1f : Idf(Marks / UnknownWordRarity);

    private const int UnknownWordRarity = 1000;

    private (int DocFreq, float Weight) Lookup(string concept)
    {
        if (_reader is null) return (0, 1f);
        if (_cache.TryGetValue(concept, out var v)) return v;
        var df = _reader.DocFreq(new Term(TrademarkFields.Concepts, concept));
        return _cache[concept] = (df, Idf(df));
    }

    private float Idf(int df) => (float)Math.Log(1 + (Marks + 1.0) / (df + 1.0));
}
