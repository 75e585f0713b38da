using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Classifications.Nice;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Candidates;

/// <summary>
/// Reads what scoring needs about a candidate (classes and the stored mark profile) from doc values,
/// which are random-access, instead of stored fields, which decompress a whole block per document.
/// One reader per search: it caches each segment's doc-values handle.
/// </summary>
internal sealed class CandidateReader(IndexSearcher searcher)
{
    private readonly IList<AtomicReaderContext> _leaves = searcher.IndexReader.Leaves;
    private readonly BinaryDocValues?[] _values = new BinaryDocValues?[searcher.IndexReader.Leaves.Count];
    private readonly BinaryDocValues?[] _vienna = new BinaryDocValues?[searcher.IndexReader.Leaves.Count];
    private readonly BytesRef _bytes = new();

    /// <summary>The candidate's Vienna codes (none for word marks, or for an index written before they were kept).</summary>
    public IReadOnlyList<string> ViennaCodes(int doc)
    {
        var leafIndex = ReaderUtil.SubIndex(doc, _leaves);
        var leaf = _leaves[leafIndex];
        var values = _vienna[leafIndex] ??= leaf.AtomicReader.GetBinaryDocValues(TrademarkFields.ViennaValue);
        if (values is null) return [];
        values.Get(doc - leaf.DocBase, _bytes);
        return _bytes.Length == 0 ? [] : _bytes.Utf8ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public (IReadOnlyList<NiceClass> Classes, MarkProfile Profile) Read(int doc)
    {
        var leafIndex = ReaderUtil.SubIndex(doc, _leaves);
        var leaf = _leaves[leafIndex];
        var values = _values[leafIndex] ??= leaf.AtomicReader.GetBinaryDocValues(TrademarkFields.Scoring);
        if (values is not null)
        {
            values.Get(doc - leaf.DocBase, _bytes);
            if (_bytes.Length > 0)
            {
                var (classes, profile) = TrademarkDocument.ParseScoringValue(_bytes.Utf8ToString());
                if (profile is not null) return (classes, profile);
            }
        }

        // a mark too long to keep its profile: compute it from the record
        var t = TrademarkDocument.Read(searcher.IndexReader, doc);
        return (t.Classes, new MarkProfile(MarkText.Parse(t.Mark), t.Disclaimed));
    }
}
