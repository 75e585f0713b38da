namespace SearchEngine.Api.Contracts;

/// <summary>The body of <c>POST /api/nice/suggest</c>.</summary>
public sealed record NiceSuggestRequest
{
    /// <summary>Goods and services in English or Vietnamese, items separated by ';' or ',' (at most 10,000 characters).</summary>
    public string? Text { get; init; }

    /// <summary>How many classes (1–45, default 5).</summary>
    public int? Top { get; init; }
}

/// <summary>A Nice term behind a suggestion: its words, basic number (English list) and language.</summary>
public sealed record NiceTermDto(string Text, string? BasicNumber, string Language);

/// <summary>One suggested class: number, score 0–1 (share of the items voting for it), headings and supporting terms.</summary>
public sealed record NiceClassSuggestionDto(int Class, double Score, string Heading, string HeadingVi, IReadOnlyList<NiceTermDto> Terms);

/// <summary>The classes best first; <c>Note</c> says why when there are none.</summary>
public sealed record NiceSuggestResponse(string Language, int Items, IReadOnlyList<NiceClassSuggestionDto> Classes, string? Note);
