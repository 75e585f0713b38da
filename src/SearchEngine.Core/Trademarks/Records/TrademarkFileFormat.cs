using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchEngine.Trademarks;

/// <summary>The register file formats import understands; <see cref="TrademarkFileFormats.Detect"/> tells them apart by content.</summary>
public enum TrademarkFileFormat
{
    /// <summary>One JSON object a line, in the register's format.</summary>
    JsonLines,
    /// <summary>Comma-separated values with a header row naming the register's fields.</summary>
    Csv,
    /// <summary>WIPO ST.66 or ST.96 (either namespace), or a USPTO Trademark Applications Daily file: told apart by the root's namespace.</summary>
    OfficeXml,
    /// <summary>A WIPO Publish trademark detail page (IP Viet Nam's register), one record per page.</summary>
    WipoPublishPage,
    /// <summary>EUIPO marks as one JSON object keyed by application number, Vienna codes in six digits.</summary>
    EuipoJson,
}

public static partial class TrademarkFileFormats
{
    /// <summary>Characters of a file's start that <see cref="Detect"/> looks at.</summary>
    public const int SniffLength = 8192;

    /// <summary>
    /// Tells the format from the start of a file's text: markup is a WIPO Publish page (HTML) or office XML;
    /// a JSON object whose values are all objects is EUIPO's list; other JSON is JSON Lines; the rest is CSV.
    /// </summary>
    public static TrademarkFileFormat Detect(string start)
    {
        var s = start.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (s.StartsWith('<'))
        {
            return s.Contains("<html", StringComparison.OrdinalIgnoreCase) || s.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
                ? TrademarkFileFormat.WipoPublishPage
                : TrademarkFileFormat.OfficeXml;
        }

        if (!s.StartsWith('{')) return TrademarkFileFormat.Csv;
        var newline = s.IndexOf('\n');
        var firstLine = newline < 0 ? s : s[..newline];
        try
        {
            using var doc = JsonDocument.Parse(firstLine);
            var values = doc.RootElement.EnumerateObject().ToList();
            return values.Count > 0 && values.All(p => p.Value.ValueKind == JsonValueKind.Object) && !values.Any(p => p.Name == "id")
                ? TrademarkFileFormat.EuipoJson
                : TrademarkFileFormat.JsonLines;
        }
        catch (JsonException)
        {
            return KeyedObject().IsMatch(s) ? TrademarkFileFormat.EuipoJson : TrademarkFileFormat.JsonLines;
        }
    }

    /// <summary>Reads the start of a file (gunzipped) and detects its format.</summary>
    public static TrademarkFileFormat DetectFile(string path)
    {
        using var reader = TextFiles.Open(path);
        var buffer = new char[SniffLength];
        var n = reader.ReadBlock(buffer, 0, buffer.Length);
        return Detect(new string(buffer, 0, n));
    }

    /// <summary>Names a format for an upload's <c>format=</c> setting.</summary>
    public static TrademarkFileFormat Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "jsonl" or "json" or "ndjson" or "jsonlines" => TrademarkFileFormat.JsonLines,
        "csv" => TrademarkFileFormat.Csv,
        "xml" or "st66" or "st96" or "uspto" => TrademarkFileFormat.OfficeXml,
        "html" or "wipopublish" => TrademarkFileFormat.WipoPublishPage,
        "euipo" => TrademarkFileFormat.EuipoJson,
        _ => throw new SearchEngineException($"unknown format '{text}': use jsonl, csv, xml, html or euipo (or leave it out to detect it)"),
    };

    public static string Name(this TrademarkFileFormat format) => format switch
    {
        TrademarkFileFormat.JsonLines => "jsonl",
        TrademarkFileFormat.Csv => "csv",
        TrademarkFileFormat.OfficeXml => "xml",
        TrademarkFileFormat.WipoPublishPage => "html",
        _ => "euipo",
    };

    [GeneratedRegex("""^\{\s*"[^"]*"\s*:\s*\{""")]
    private static partial Regex KeyedObject();
}

/// <summary>One record of an import file: a trademark, or the reason it was skipped. <see cref="LineNumber"/> is the line, or the record's position in an XML or JSON file.</summary>
public sealed record ImportLine(long LineNumber, Trademark? Trademark, string? Error);
