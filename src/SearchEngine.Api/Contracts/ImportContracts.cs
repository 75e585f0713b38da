namespace SearchEngine.Api.Contracts;

/// <summary>One record an import skipped: where it was and why.</summary>
public sealed record ImportProblemDto(string Position, string Message);

/// <summary>What an admin import did; <see cref="Problems"/> lists the first skipped records.</summary>
public sealed record ImportResponse(
    string Collection,
    string Format,
    long Bytes,
    long Imported,
    long Skipped,
    int DocumentsNow,
    double Seconds,
    IReadOnlyList<ImportProblemDto> Problems);
