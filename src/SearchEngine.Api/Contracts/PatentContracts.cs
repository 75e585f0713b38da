using SearchEngine.Patents;

namespace SearchEngine.Api.Contracts;

public sealed record PatentHitDto(
    string Number,
    string Title,
    IReadOnlyList<TextSegment> TitleHighlight,
    string Office,
    string Language,
    DateOnly? Date,
    DateOnly? FilingDate,
    DateOnly? PublicationDate,
    DateOnly? GrantDate,
    IReadOnlyList<string> Ipc,
    IReadOnlyList<string> Applicants,
    double Score,
    string? PassageField,
    IReadOnlyList<TextSegment> Passage,
    IReadOnlyList<TranslationDto> MatchedTranslations);

/// <summary>A query term and one translation it was expanded with (<c>language</c>: the translation's, en or vi).</summary>
public sealed record TranslationDto(string From, string To, string Language);

public sealed record SpellingSuggestionDto(string Word, string Suggestion);

public sealed record FacetValueDto(string Value, int Count);

/// <summary>One facet: "ipc" (subclass), "year" or "applicant", with counts over the whole result set (or a landscape dimension).</summary>
public sealed record FacetDto(string Name, IReadOnlyList<FacetValueDto> Values);

public sealed record PatentSearchResponse(
    int Total,
    int Page,
    int PageSize,
    string? Rerank,
    IReadOnlyList<PatentHitDto> Hits,
    IReadOnlyList<FacetDto> Facets,
    IReadOnlyList<TranslationDto> Translations,
    string? Notice,
    IReadOnlyList<SpellingSuggestionDto> Suggestions);

/// <summary>
/// <c>GET /api/patents/analytics</c>: counts of the matching documents per filing year, applicant, IPC
/// subclass and group, and priority country, over the best <c>counted</c> of <c>total</c>.
/// </summary>
public sealed record PatentLandscapeResponse(int Total, int Counted, IReadOnlyList<FacetDto> Dimensions);

/// <summary>The body of <c>POST /api/patents/similar</c>.</summary>
public sealed record PatentSimilarRequest
{
    /// <summary>An abstract, a claim or a description to find prior art for (Vietnamese or English), at most 10,000 characters.</summary>
    public string? Text { get; init; }

    /// <summary>How many hits (1–200, default 10).</summary>
    public int? Top { get; init; }

    /// <summary>A document number to leave out (the application the text comes from).</summary>
    public string? Exclude { get; init; }
}

public sealed record SimilarTermDto(string Term, string Surface, double Weight);

public sealed record PatentSimilarResponse(
    string Language,
    IReadOnlyList<string> TermsUsed,
    IReadOnlyList<SimilarTermDto> Terms,
    int Total,
    IReadOnlyList<PatentHitDto> Hits);

public sealed record PartyDto(string Name, string? Address);

public sealed record PatentDto(
    string Number,
    string Office,
    string Language,
    string? ApplicationNumber,
    string? PublicationNumber,
    string? Kind,
    DateOnly? FilingDate,
    DateOnly? PublicationDate,
    DateOnly? GrantDate,
    string Title,
    string Abstract,
    string Claims,
    string Description,
    IReadOnlyList<string> Ipc,
    IReadOnlyList<string> Cpc,
    IReadOnlyList<PartyDto> Applicants,
    IReadOnlyList<PartyDto> Inventors,
    IReadOnlyList<PartyDto> Agents,
    IReadOnlyList<string> Priority,
    IReadOnlyList<string> Citations)
{
    public static PatentDto From(PatentRecord r) => new(
        r.Number, r.Office, r.Language, r.ApplicationNumber, r.PublicationNumber, r.Kind, r.FilingDate, r.PublicationDate,
        r.GrantDate, r.Title, r.Abstract, r.Claims, r.Description, [.. r.Ipc.Select(c => c.ToString())], r.Cpc,
        Parties(r.Applicants), Parties(r.Inventors), Parties(r.Agents), r.Priority, r.Citations);

    private static List<PartyDto> Parties(IEnumerable<PatentParty> parties) => [.. parties.Select(p => new PartyDto(p.Name, p.Address))];
}

internal static class PatentMapping
{
    public static PatentHitDto ToDto(this PatentHit h) => new(
        h.Number, h.Title, Segments(h.Title, h.TitleMatches), h.Office, h.Language,
        h.PublicationDate ?? h.GrantDate ?? h.FilingDate, h.FilingDate, h.PublicationDate, h.GrantDate, h.Ipc, h.Applicants,
        Math.Round(h.Score, 3), h.Passage?.Field, h.Passage is { } p ? Segments(p.Text, p.Matches) : [],
        [.. h.MatchedTranslations.Select(ToDto)]);

    public static TranslationDto ToDto(this QueryTranslation t) => new(t.From, t.To, t.Language);

    public static PatentLandscapeResponse ToDto(this PatentLandscape l) =>
        new(l.Total, l.Counted, [.. l.Dimensions.Select(d => new FacetDto(d.Name, Values(d.Values)))]);

    public static IReadOnlyList<FacetDto> ToDtos(this PatentFacets facets) =>
    [
        new("ipc", Values(facets.IpcSubclasses)),
        new("year", Values(facets.Years)),
        new("applicant", Values(facets.Applicants)),
    ];

    private static List<FacetValueDto> Values(IEnumerable<FacetValue> values) => [.. values.Select(v => new FacetValueDto(v.Value, v.Count))];

    private static IReadOnlyList<TextSegment> Segments(string text, IEnumerable<MatchRange> matches) =>
        TextSegment.Split(text, matches.Select(m => (m.Start, m.Length)));
}
