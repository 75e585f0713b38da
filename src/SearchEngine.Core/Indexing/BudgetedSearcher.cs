using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Indexing;

/// <summary>
/// An <see cref="IndexSearcher"/> whose every search checks the request's <see cref="SearchBudget"/> before
/// each segment and, through <see cref="BudgetedCollector"/>, every few hundred collected documents, so a
/// costly query stops when its client has gone or its time is up instead of running to the end.
/// </summary>
internal sealed class BudgetedSearcher(IndexReader reader) : IndexSearcher(reader)
{
    protected override void Search(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        if (!SearchBudget.Active)
        {
            base.Search(leaves, weight, collector);
            return;
        }

        var budgeted = new BudgetedCollector(collector);
        foreach (var leaf in leaves)
        {
            SearchBudget.ThrowIfSpent();
            base.Search([leaf], weight, budgeted);
        }
    }

    /// <summary>Makes every searcher a <see cref="SearcherManager"/> hands out a budgeted one.</summary>
    internal sealed class Factory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new BudgetedSearcher(reader);
    }
}
