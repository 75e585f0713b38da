using System.Diagnostics;

namespace SearchEngine.Indexing;

/// <summary>
/// The time a host grants one request's searches, and the token that says its client has gone. It is
/// ambient (flows with the request's execution context) so every search the request makes honours it,
/// down to the Lucene collectors, without each core method taking a token. Outside a budget (the CLI,
/// evaluations, tests) searches run unbounded as before.
/// </summary>
public sealed class SearchBudget : IDisposable
{
    private static readonly AsyncLocal<SearchBudget?> Ambient = new();

    private readonly SearchBudget? _outer;
    private readonly long _deadline;
    private readonly CancellationToken _cancel;

    private SearchBudget(TimeSpan limit, CancellationToken cancel)
    {
        _outer = Ambient.Value;
        Limit = limit;
        _deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
        _cancel = cancel;
        Ambient.Value = this;
    }

    public TimeSpan Limit { get; }

    /// <summary>Starts a budget for the searches made until it is disposed.</summary>
    public static SearchBudget Start(TimeSpan limit, CancellationToken cancel = default) => new(limit, cancel);

    /// <summary>
    /// Throws <see cref="OperationCanceledException"/> when the client has gone and
    /// <see cref="SearchBudgetExceededException"/> when the time is up; nothing without a budget.
    /// </summary>
    public static void ThrowIfSpent()
    {
        if (Ambient.Value is { } budget) budget.Check();
    }

    /// <summary>True while a budget applies to the current request.</summary>
    internal static bool Active => Ambient.Value is not null;

    private void Check()
    {
        _cancel.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline) throw new SearchBudgetExceededException(Limit);
    }

    public void Dispose() => Ambient.Value = _outer;
}
