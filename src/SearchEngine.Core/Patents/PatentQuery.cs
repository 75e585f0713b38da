namespace SearchEngine.Patents;

public enum PatentSort
{
    Relevance,
    /// <summary>Newest publication date first.</summary>
    DateNewest,
    /// <summary>Oldest publication date first.</summary>
    DateOldest,
}

/// <summary>Reads a sort order the same way in the API and the CLI.</summary>
public static class PatentSorts
{
    /// <param name="name">How the caller's user knows the setting (<c>'sort'</c>, <c>--sort</c>), for the error.</param>
    public static PatentSort Parse(string? text, string name) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "relevance" => PatentSort.Relevance,
        "newest" or "date" or "date-desc" => PatentSort.DateNewest,
        "oldest" or "date-asc" => PatentSort.DateOldest,
        _ => throw new SearchEngineException($"{name} must be relevance, newest or oldest, not '{text}'"),
    };
}

/// <summary>
/// A search request. <see cref="Text"/> is in the query language (see docs/patents.md); the other
/// filters are added to it as if written with IC: and PD:.
/// </summary>
public sealed record PatentQuery(string Text)
{
    /// <summary>An IPC symbol or prefix every hit must carry (e.g. <c>H01M</c>, <c>A01N 63/00</c>).</summary>
    public string? Ipc { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public PatentSort Sort { get; init; } = PatentSort.Relevance;
    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
    /// <summary>How many values each facet lists (counts always cover the whole result set).</summary>
    public int FacetSize { get; init; } = 10;
    /// <summary>Leave out one document (its number), e.g. the one whose text is being compared.</summary>
    public string? Exclude { get; init; }
    /// <summary>Expand the query with its Vietnamese ↔ English translations (see docs/patents.md).</summary>
    public bool Translate { get; init; } = true;
    /// <summary>When the words' AND finds (almost) nothing, show the best partial matches instead.</summary>
    public bool Forgiving { get; init; } = true;
}
