namespace SearchEngine.Indexing;

/// <summary>
/// A collection's index cannot be served as it is on disk (stale, damaged, without a commit, not
/// writable). Not the caller's fault: hosts answer it as "unavailable" (503) and say what would fix it.
/// </summary>
public abstract class IndexUnavailableException(string problem, Exception? inner = null) : SearchEngineException(problem, inner)
{
    /// <summary>What is wrong, without the folder's path (answers to clients must not show server paths).</summary>
    public abstract string Problem { get; }

    /// <summary>What an operator runs to fix it, with the index root written as <paramref name="root"/>.</summary>
    public abstract string Remedy(string root);
}
