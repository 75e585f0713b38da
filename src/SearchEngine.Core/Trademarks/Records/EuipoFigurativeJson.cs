using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchEngine.Trademarks;

/// <summary>
/// EUIPO figurative marks as one JSON object keyed by application number:
/// <c>{"000001123": {"Codes": ["011703"], "Date": "1996-04-01", "Text": "SETA"}, ...}</c> (Vienna codes in
/// EUIPO's six-digit form). Read entry by entry, so the object can be any size.
/// </summary>
internal static class EuipoFigurativeJson
{
    private sealed class Entry
    {
        [JsonPropertyName("Codes")] public List<string>? Codes { get; set; }
        [JsonPropertyName("Date")] public string? Date { get; set; }
        [JsonPropertyName("Text")] public string? Text { get; set; }
    }

    /// <summary>Longest entry read; beyond it the file is not what it claims to be.</summary>
    private const int MaxEntryChars = 1_000_000;

    public static IEnumerable<ImportLine> Read(TextReader reader)
    {
        var scanner = new Scanner(reader);
        if (scanner.NextSignificant() != '{')
        {
            yield return new ImportLine(1, null, "not an EUIPO marks object (expected '{')");
            yield break;
        }

        long record = 0;
        while (true)
        {
            ImportLine? line;
            string? failure = null;
            try
            {
                var c = scanner.NextSignificant();
                if (c == ',') c = scanner.NextSignificant();
                if (c == '}' || c == -1) break;
                if (c != '"') throw new FormatException($"expected an application number, found '{(char)c}'");
                var number = scanner.ReadString();
                if (scanner.NextSignificant() != ':') throw new FormatException($"expected ':' after \"{number}\"");
                var json = scanner.ReadValue();
                record++;
                line = Parse(record, number, json);
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
                line = null;
                failure = $"the JSON is broken or cut off after record {record}: {e.Message}";
            }

            if (failure is not null)
            {
                yield return new ImportLine(record + 1, null, failure);
                yield break;
            }

            yield return line!;
        }
    }

    private static ImportLine Parse(long record, string number, string json)
    {
        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(json) ?? throw new JsonException("null entry");
            var mark = new TrademarkRecord
            {
                Id = number,
                Mark = entry.Text,
                MarkType = "figurative",
                // EUIPO fills gaps with codes outside the classification (9804, 9999): they say nothing of the figure.
                ViennaCodes = entry.Codes?.Where(c => Classifications.ViennaCode.TryParse(c, out _)).ToList(),
                FilingDate = entry.Date,
                Status = "registered",
                Office = "EM",
            };
            return new ImportLine(record, mark.ToTrademark(), null);
        }
        catch (Exception e) when (e is JsonException or SearchEngineException)
        {
            return new ImportLine(record, null, $"record {record} ({number}): {e.Message}");
        }
    }

    /// <summary>Just enough of a JSON tokenizer to cut the top-level object into its entries.</summary>
    private sealed class Scanner(TextReader reader)
    {
        public int NextSignificant()
        {
            int c;
            do c = reader.Read(); while (c != -1 && char.IsWhiteSpace((char)c));
            return c;
        }

        public string ReadString()
        {
            var sb = new StringBuilder();
            while (true)
            {
                var c = reader.Read();
                if (c == -1) throw new FormatException("a string is not closed");
                if (c == '"') return sb.ToString();
                if (c == '\\')
                {
                    var next = reader.Read();
                    if (next == -1) throw new FormatException("a string is not closed");
                    sb.Append('\\').Append((char)next);
                    continue;
                }

                sb.Append((char)c);
                if (sb.Length > MaxEntryChars) throw new FormatException("a string is too long");
            }
        }

        /// <summary>One value (object, array, string, number...) as its JSON text.</summary>
        public string ReadValue()
        {
            var sb = new StringBuilder();
            var first = NextSignificant();
            if (first != '{') throw new FormatException("an entry is not an object");
            sb.Append('{');
            var depth = 1;
            var inString = false;
            while (depth > 0)
            {
                var c = reader.Read();
                if (c == -1) throw new FormatException("an entry is not closed");
                sb.Append((char)c);
                if (sb.Length > MaxEntryChars) throw new FormatException("an entry is too long");
                if (inString)
                {
                    if (c == '\\') sb.Append((char)reader.Read());
                    else if (c == '"') inString = false;
                }
                else if (c == '"') inString = true;
                else if (c is '{' or '[') depth++;
                else if (c is '}' or ']') depth--;
            }

            return sb.ToString();
        }
    }
}
