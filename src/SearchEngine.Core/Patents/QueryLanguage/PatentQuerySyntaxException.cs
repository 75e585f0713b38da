namespace SearchEngine.Patents.QueryLanguage;

/// <summary>A mistake in a query's syntax; <see cref="Position"/> is the 0-based character offset where it is.</summary>
public sealed class PatentQuerySyntaxException(string message, int position)
    : SearchEngineException($"query syntax error at position {position + 1}: {message}")
{
    /// <summary>0-based offset in the query text.</summary>
    public int Position { get; } = position;
    /// <summary>The problem without the position prefix.</summary>
    public string Problem { get; } = message;
}
