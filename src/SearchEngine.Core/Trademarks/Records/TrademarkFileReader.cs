using System.Text.Json;
using SearchEngine.Classifications.Nice;

namespace SearchEngine.Trademarks;

/// <summary>
/// Streams trademarks out of a register file one line at a time, so a file of any size imports in
/// constant memory. A line that cannot be read becomes an <see cref="ImportLine"/> with its reason.
/// </summary>
public static class TrademarkFileReader
{
    /// <param name="name">The file's name, the record's number when a WIPO Publish page does not show it.</param>
    public static IEnumerable<ImportLine> Read(TextReader reader, TrademarkFileFormat format, string? name = null) => format switch
    {
        TrademarkFileFormat.JsonLines => ReadJsonLines(reader),
        TrademarkFileFormat.Csv => ReadCsv(reader),
        TrademarkFileFormat.OfficeXml => XmlRecords.Read(reader),
        TrademarkFileFormat.WipoPublishPage => [ReadPage(reader, name)],
        TrademarkFileFormat.EuipoJson => EuipoFigurativeJson.Read(reader),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>A detail page is a few tens of kilobytes; anything far larger is not one.</summary>
    private const int MaxPageChars = 4_000_000;

    private static ImportLine ReadPage(TextReader reader, string? name)
    {
        var page = new System.Text.StringBuilder();
        var buffer = new char[16384];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            page.Append(buffer, 0, n);
            if (page.Length > MaxPageChars) return new ImportLine(1, null, $"longer than {MaxPageChars:N0} characters: not a trademark page");
        }

        var fallback = Path.GetFileNameWithoutExtension(name ?? "page");
        try
        {
            return new ImportLine(1, WipoPublishPage.Read(page.ToString(), fallback).ToTrademark(), null);
        }
        catch (SearchEngineException e)
        {
            return new ImportLine(1, null, e.Message);
        }
    }

    /// <summary>Lines parsed together: parsing and checking a record (the mark's analysis) is a good part of an import's cost.</summary>
    private const int ParseChunk = 2048;

    /// <summary>Reads lines in chunks and parses each chunk on every core, yielding the records in file order.</summary>
    private static IEnumerable<ImportLine> ReadJsonLines(TextReader reader)
    {
        long lineNumber = 0;
        var chunk = new List<(long Number, string Text)>(ParseChunk);
        var parsed = new ImportLine[ParseChunk];
        while (true)
        {
            chunk.Clear();
            while (chunk.Count < ParseChunk && reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line)) chunk.Add((lineNumber, line));
            }

            if (chunk.Count == 0) yield break;
            Parallel.For(0, chunk.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => parsed[i] = ParseJsonLine(chunk[i].Number, chunk[i].Text));
            for (var i = 0; i < chunk.Count; i++) yield return parsed[i];
        }
    }

    private static ImportLine ParseJsonLine(long lineNumber, string line)
    {
        try
        {
            return new ImportLine(lineNumber, TrademarkRecord.FromJson(line).ToTrademark(), null);
        }
        catch (JsonException e)
        {
            return new ImportLine(lineNumber, null, "not a valid record: " + JsonProblem.Describe(e));
        }
        catch (SearchEngineException e)
        {
            return new ImportLine(lineNumber, null, e.Message);
        }
    }

    private static IEnumerable<ImportLine> ReadCsv(TextReader reader)
    {
        var csv = new CsvRows(reader);
        if (!csv.TryRead(out var header, out _))
        {
            yield break;
        }

        var columns = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        // Unnamed columns (a spreadsheet's trailing commas) are ignored; a name given twice is ambiguous.
        var named = columns.Select((name, i) => (name, i)).Where(x => x.name.Length > 0).ToList();
        if (named.GroupBy(x => x.name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            yield return new ImportLine(1, null, $"the CSV header names the column '{twice.Key}' more than once");
            yield break;
        }

        var index = named.ToDictionary(x => x.name, x => x.i, StringComparer.OrdinalIgnoreCase);
        int Col(params string[] names) => names.Select(n => index.GetValueOrDefault(n, -1)).FirstOrDefault(i => i >= 0, -1);
        var id = Col("id", "number", "applicationNumber");
        var mark = Col("mark", "markText");
        if (id < 0 || mark < 0)
        {
            yield return new ImportLine(1, null, "the CSV header must name at least the columns id and mark");
            yield break;
        }

        var cols = new
        {
            Type = Col("markType", "type"), Classes = Col("classes", "nice"), Goods = Col("goodsServices", "goods"),
            Owner = Col("owner"), Status = Col("status"), Filing = Col("filingDate"), Priority = Col("priorityDate"),
            Registration = Col("registrationDate"), Expiry = Col("expiryDate"), Disclaimed = Col("disclaimed"), Vienna = Col("viennaCodes", "vienna"),
        };

        while (csv.TryRead(out var row, out var lineNumber))
        {
            if (csv.UnclosedQuote)
            {
                yield return new ImportLine(lineNumber, null, $"a quoted field is not closed within {CsvRows.MaxLinesInField} lines or by the end of the file");
                continue;
            }

            if (row.Count == 1 && string.IsNullOrWhiteSpace(row[0])) continue;
            if (row.Count != columns.Count)
            {
                yield return new ImportLine(lineNumber, null, $"has {row.Count} fields, the header has {columns.Count}");
                continue;
            }

            string? Get(int i) => i >= 0 ? row[i] : null;
            ImportLine line;
            try
            {
                var record = new TrademarkRecord
                {
                    Id = Get(id), Mark = Get(mark), MarkType = Get(cols.Type), Classes = ParseClasses(Get(cols.Classes)),
                    GoodsServices = Get(cols.Goods), Owner = Get(cols.Owner), Status = Get(cols.Status),
                    FilingDate = Get(cols.Filing), PriorityDate = Get(cols.Priority), RegistrationDate = Get(cols.Registration),
                    ExpiryDate = Get(cols.Expiry), Disclaimed = SplitList(Get(cols.Disclaimed)), ViennaCodes = SplitList(Get(cols.Vienna)),
                };
                line = new ImportLine(lineNumber, record.ToTrademark(), null);
            }
            catch (SearchEngineException e)
            {
                line = new ImportLine(lineNumber, null, e.Message);
            }

            yield return line;
        }
    }

    private static List<int> ParseClasses(string? text) => NiceClass.ParseList(text).Select(c => c.Number).ToList();

    private static List<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
