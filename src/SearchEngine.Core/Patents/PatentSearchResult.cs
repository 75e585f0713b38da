namespace SearchEngine.Patents;

/// <summary>A matched word in a passage: offsets into <see cref="PatentPassage.Text"/>.</summary>
public sealed record MatchRange(int Start, int Length);

/// <summary>
/// The best passage of a hit (from its abstract, claims or description) with the matched words as
/// ranges into the plain text, so each host marks them its own way (HTML, terminal, markers).
/// </summary>
public sealed record PatentPassage(string Field, string Text, IReadOnlyList<MatchRange> Matches)
{
    /// <summary>The text with each match wrapped, e.g. <c>Marked("[", "]")</c> or <c>Marked("&lt;mark&gt;", "&lt;/mark&gt;")</c>
    /// (the caller escapes the text first when the markers are HTML).</summary>
    public string Marked(string open = "[", string close = "]") => MatchMarker.Mark(Text, Matches, open, close);
}

public sealed record PatentHit
{
    public required string Number { get; init; }
    public required string Title { get; init; }
    public required string Office { get; init; }
    public required string Language { get; init; }
    public DateOnly? FilingDate { get; init; }
    public DateOnly? PublicationDate { get; init; }
    public DateOnly? GrantDate { get; init; }
    public IReadOnlyList<string> Ipc { get; init; } = [];
    public IReadOnlyList<string> Applicants { get; init; } = [];
    public float Score { get; init; }
    /// <summary>Matched words in the title (ranges into <see cref="Title"/>).</summary>
    public IReadOnlyList<MatchRange> TitleMatches { get; init; } = [];
    public PatentPassage? Passage { get; init; }
    /// <summary>The query's translations this document contains (cross-lingual hits say why they matched).</summary>
    public IReadOnlyList<QueryTranslation> MatchedTranslations { get; init; } = [];
}

public sealed record FacetValue(string Value, int Count);

/// <summary>Counts over every matching document, not just the page shown.</summary>
public sealed record PatentFacets(IReadOnlyList<FacetValue> IpcSubclasses, IReadOnlyList<FacetValue> Years, IReadOnlyList<FacetValue> Applicants)
{
    public static readonly PatentFacets Empty = new([], [], []);
}

public sealed record PatentSearchResult(int Total, int Page, int PageSize, IReadOnlyList<PatentHit> Hits, PatentFacets Facets)
{
    /// <summary>Null when no reranker was given; otherwise what the reranker did.</summary>
    public string? RerankStatus { get; init; }
    /// <summary>Every translation the query was expanded with (empty when translation is off or found none).</summary>
    public IReadOnlyList<QueryTranslation> Translations { get; init; } = [];
    /// <summary>Set when the query was relaxed: <c>no document has all 3 words; showing documents with 2 of them</c>.</summary>
    public string? Notice { get; init; }
    /// <summary>Words no document contains, each with the index's closest term.</summary>
    public IReadOnlyList<SpellingSuggestion> Suggestions { get; init; } = [];
}

/// <summary>"Did you mean": a query word no document contains and the index's closest word.</summary>
public sealed record SpellingSuggestion(string Word, string Suggestion);

/// <summary>A term chosen from pasted text, as indexed (<see cref="Term"/>) and as written (<see cref="Surface"/>).</summary>
public sealed record SimilarTerm(string Term, string Surface, float Weight);

public sealed record PatentSimilarResult(string Language, IReadOnlyList<SimilarTerm> Terms, int Total, IReadOnlyList<PatentHit> Hits);
