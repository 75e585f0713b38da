using System.Globalization;

namespace SearchEngine.Indexing;

/// <summary>A search stopped because it used up its <see cref="SearchBudget"/>: the server is busy or the query is too costly.</summary>
public sealed class SearchBudgetExceededException(TimeSpan limit)
    : SearchEngineException($"the search did not finish within its time budget of {limit.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture)} s; retry later or narrow the query")
{
    public TimeSpan Limit { get; } = limit;
}
