using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Indexing;

/// <summary>Passes every hit on to the real collector and checks the <see cref="SearchBudget"/> every <see cref="CheckEvery"/> hits.</summary>
internal sealed class BudgetedCollector(ICollector inner) : ICollector
{
    private const int CheckEvery = 256;
    private int _sinceCheck;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context) => inner.SetNextReader(context);

    public void Collect(int doc)
    {
        if (++_sinceCheck >= CheckEvery)
        {
            _sinceCheck = 0;
            SearchBudget.ThrowIfSpent();
        }

        inner.Collect(doc);
    }
}
