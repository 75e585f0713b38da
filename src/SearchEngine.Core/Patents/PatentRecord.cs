namespace SearchEngine.Patents;

/// <summary>A person or company named on a patent document (applicant, inventor, agent).</summary>
public sealed record PatentParty(string Name, string? Address = null);

/// <summary>
/// One patent document as the engine knows it, whatever its source. <see cref="Number"/> is the key a
/// user cites: the application number for IP Viet Nam records (<c>1-2023-01434</c>) and the document
/// number for USPTO grants (<c>07861705</c>).
/// </summary>
public sealed record PatentRecord
{
    public required string Number { get; init; }
    /// <summary>Issuing office, <c>VN</c> or <c>US</c>.</summary>
    public required string Office { get; init; }
    /// <summary>ISO 639-1 language of the texts: <c>vi</c> or <c>en</c>.</summary>
    public required string Language { get; init; }
    public string? ApplicationNumber { get; init; }
    public string? PublicationNumber { get; init; }
    /// <summary>Kind code or type, e.g. <c>B2</c>, <c>S1</c>, <c>PCT national phase SC</c>.</summary>
    public string? Kind { get; init; }
    public DateOnly? FilingDate { get; init; }
    public DateOnly? PublicationDate { get; init; }
    public DateOnly? GrantDate { get; init; }
    public string Title { get; init; } = "";
    public string Abstract { get; init; } = "";
    public string Claims { get; init; } = "";
    public string Description { get; init; } = "";
    public IReadOnlyList<IpcCode> Ipc { get; init; } = [];
    public IReadOnlyList<string> Cpc { get; init; } = [];
    public IReadOnlyList<PatentParty> Applicants { get; init; } = [];
    public IReadOnlyList<PatentParty> Inventors { get; init; } = [];
    public IReadOnlyList<PatentParty> Agents { get; init; } = [];
    public IReadOnlyList<string> Priority { get; init; } = [];
    /// <summary>Documents cited against this one (patent numbers or non-patent literature).</summary>
    public IReadOnlyList<string> Citations { get; init; } = [];

    /// <summary>The date the query language's <c>PD</c> and date sort use: publication, else grant, else filing.</summary>
    public DateOnly? SearchDate => PublicationDate ?? GrantDate ?? FilingDate;
}
