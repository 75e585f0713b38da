using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Trademarks.Indexing;

namespace SearchEngine.Trademarks.Candidates;

/// <summary>
/// What a naive engine does: one Lucene FuzzyQuery (two edits) on the lower-cased mark. Kept only so
/// the evaluation can show, in the same run, what the conflict search adds.
/// </summary>
internal static class BaselineSearch
{
    public static IReadOnlyList<string> Run(TrademarkIndex index, string mark, int top)
    {
        var query = new FuzzyQuery(new Term(TrademarkFields.Lower, mark.ToLowerInvariant()), 2);
        return index.Search(searcher =>
        {
            var hits = searcher.Search(query, top);
            return hits.ScoreDocs
                .Select(sd => searcher.Doc(sd.Doc, new HashSet<string> { TrademarkFields.Number }).Get(TrademarkFields.Number))
                .ToList();
        });
    }
}
