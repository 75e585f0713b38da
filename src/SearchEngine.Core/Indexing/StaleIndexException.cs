namespace SearchEngine.Indexing;

/// <summary>
/// The index on disk was written by an older version of the engine and lacks what this one reads. Not the
/// caller's fault: hosts answer it as "unavailable until re-imported", not as a bad request.
/// </summary>
public sealed class StaleIndexException(string collection)
    : IndexUnavailableException($"the {collection} index was written by an older version of SearchEngine: re-import it")
{
    public override string Problem => Message;

    public override string Remedy(string root) => $"re-import the {collection} into an empty index root and point the server at it";
}
