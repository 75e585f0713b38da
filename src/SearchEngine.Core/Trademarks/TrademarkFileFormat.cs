namespace SearchEngine.Trademarks;

/// <summary>The register file formats import understands.</summary>
public enum TrademarkFileFormat
{
    /// <summary>One JSON object a line, in the register's format.</summary>
    JsonLines,
    /// <summary>Comma-separated values with a header row naming the register's fields.</summary>
    Csv,
}

public static class TrademarkFileFormats
{
    /// <summary>Guesses the format from the file name (.jsonl/.ndjson/.json or .csv, optionally .gz).</summary>
    public static TrademarkFileFormat FromFileName(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext switch
        {
            ".jsonl" or ".ndjson" or ".json" => TrademarkFileFormat.JsonLines,
            ".csv" => TrademarkFileFormat.Csv,
            _ => throw new SearchEngineException($"cannot tell the format of {path}: name it .jsonl or .csv (optionally .gz)"),
        };
    }

    public static TrademarkFileFormat Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "jsonl" or "json" or "ndjson" or "jsonlines" => TrademarkFileFormat.JsonLines,
        "csv" => TrademarkFileFormat.Csv,
        _ => throw new SearchEngineException($"unknown format '{text}': use jsonl or csv"),
    };
}

/// <summary>One line of an import file: a trademark, or the reason it was skipped.</summary>
public sealed record ImportLine(long LineNumber, Trademark? Trademark, string? Error);
