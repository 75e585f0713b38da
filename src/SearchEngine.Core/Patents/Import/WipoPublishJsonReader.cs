using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchEngine.Patents.Import;

/// <summary>
/// Reads IP Viet Nam's WIPO Publish register exported as JSON Lines (one application a line; fields
/// described in the shared data README): INID 54 title and 57 abstract in Vietnamese, IPC, parties, dates.
/// </summary>
internal static partial class WipoPublishJsonReader
{
    public static IEnumerable<SourceItem> Read(TextReader reader, string firstLine, int firstLineNumber, string sourceName)
    {
        var lineNumber = firstLineNumber;
        for (var line = firstLine; line is not null; line = reader.ReadLine(), lineNumber++)
        {
            if (line.Trim().Length == 0) continue;
            yield return ParseLine(line, sourceName, lineNumber);
        }
    }

    private static SourceItem ParseLine(string line, string sourceName, int lineNumber)
    {
        var position = $"line {lineNumber}";
        try
        {
            using var json = JsonDocument.Parse(line);
            return new SourceItem(ToRecord(json.RootElement), null);
        }
        catch (JsonException e)
        {
            return new SourceItem(null, new ImportProblem(sourceName, position, $"malformed JSON: {e.Message}"));
        }
        catch (FormatException e)
        {
            return new SourceItem(null, new ImportProblem(sourceName, position, e.Message));
        }
        catch (InvalidOperationException e)
        {
            // JsonElement throws this for a value of the wrong kind (e.g. a number where text belongs).
            return new SourceItem(null, new ImportProblem(sourceName, position, $"unexpected value: {e.Message}"));
        }
    }

    internal static PatentRecord ToRecord(JsonElement r)
    {
        if (r.ValueKind != JsonValueKind.Object) throw new FormatException("a line must hold one JSON object");
        var number = Str(r, "applicationNumber");
        if (number.Length == 0) throw new FormatException("record has no applicationNumber");
        var title = Str(r, "title");
        if (title.Length == 0) throw new FormatException($"record {number} has no title");
        var publication = Str(r, "publication").Split('|', StringSplitOptions.TrimEntries);

        return new PatentRecord
        {
            Number = number,
            Office = "VN",
            Language = "vi",
            ApplicationNumber = number,
            PublicationNumber = publication.Length > 0 && publication[0].Length > 0 ? publication[0] : null,
            Kind = Str(r, "kind") is { Length: > 0 } k ? k : null,
            FilingDate = LastDate(Str(r, "filing")),
            PublicationDate = LastDate(Str(r, "publication")),
            GrantDate = LastDate(Str(r, "grant")),
            Title = UsptoGrantReader.CollapseSpaces(title),
            Abstract = Str(r, "abstract").Trim(),
            Ipc = Strings(r, "ipc").Select(s => IpcCode.TryParse(s, out var c) ? c : null).OfType<IpcCode>().Distinct().ToList(),
            Cpc = Strings(r, "cpc"),
            Applicants = Parties(r, "applicants"),
            Inventors = Parties(r, "inventors"),
            Agents = Parties(r, "agents"),
            Priority = Strings(r, "priority"),
            Citations = Strings(r, "citedDocuments"),
        };
    }

    private static string Str(JsonElement r, string name) =>
        r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    /// <summary>A list of strings; the register sometimes gives one string (possibly empty) instead of a list.</summary>
    private static List<string> Strings(JsonElement r, string name)
    {
        if (!r.TryGetProperty(name, out var v)) return [];
        return v.ValueKind switch
        {
            JsonValueKind.Array => v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0).ToList(),
            JsonValueKind.String when v.GetString()!.Trim().Length > 0 => [v.GetString()!.Trim()],
            _ => [],
        };
    }

    private static List<PatentParty> Parties(JsonElement r, string name)
    {
        if (!r.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array) return [];
        var list = new List<PatentParty>();
        foreach (var p in v.EnumerateArray())
        {
            if (p.ValueKind == JsonValueKind.String && p.GetString() is { Length: > 0 } s) list.Add(new PatentParty(s.Trim()));
            else if (p.ValueKind == JsonValueKind.Object && Str(p, "name") is { Length: > 0 } n)
            {
                list.Add(new PatentParty(n.Trim(), Str(p, "address") is { Length: > 0 } a ? a.Trim() : null));
            }
        }

        return list;
    }

    /// <summary>The register writes dates as dd.MM.yyyy at the end of fields like "VN 1-2023-01434  21.11.2014".</summary>
    private static DateOnly? LastDate(string field)
    {
        var matches = DatePattern().Matches(field);
        if (matches.Count == 0) return null;
        return DateOnly.TryParseExact(matches[^1].Value, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    [GeneratedRegex(@"\d{2}\.\d{2}\.\d{4}")]
    private static partial Regex DatePattern();
}
