namespace SearchEngine.Patents.QueryLanguage;

/// <summary>A query refused before it runs because it would cost more than <see cref="QueryCostLimits"/> allow.</summary>
public sealed class QueryCostException(string limit, string message) : SearchEngineException(message)
{
    /// <summary>The name of the limit exceeded, e.g. <c>terms</c> or <c>nesting depth</c>.</summary>
    public string Limit { get; } = limit;
}
