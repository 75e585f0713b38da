using System.Text.Json.Serialization;
using System.Text.Json;
using SearchEngine.Classifications.Nice;

namespace SearchEngine.Trademarks.Evaluation;

/// <summary>
/// One line of an evaluation file: <c>{"qid", "mark", "classes", "mechanism", "relevant": [ids]}</c>.
/// Classes weigh in the score but filter nothing unless the line asks with <c>"classFilter": "exact"</c> or
/// <c>"related"</c>; statuses are all searched unless it sets <c>"status"</c> ("live", "all" or a list), and
/// <c>"before"</c> (yyyy-mm-dd) keeps only earlier marks.
/// </summary>
public sealed class EvaluationQuery
{
    [JsonPropertyName("qid")] public string? Id { get; set; }
    [JsonPropertyName("mark")] public string? Mark { get; set; }
    [JsonPropertyName("classes")] public List<int>? Classes { get; set; }
    [JsonPropertyName("mechanism")] public string? Mechanism { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("relevant")] public List<string>? Relevant { get; set; }
    [JsonPropertyName("classFilter")] public string? ClassFilter { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("before")] public string? Before { get; set; }

    /// <summary>Reads a query file; a malformed line is an error naming its line, since scores on a partial file mislead.</summary>
    public static IReadOnlyList<EvaluationQuery> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new SearchEngineException($"no such file: {path}");
        var result = new List<EvaluationQuery>();
        using var reader = TextFiles.Open(path);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            EvaluationQuery? q;
            try
            {
                q = JsonSerializer.Deserialize<EvaluationQuery>(line);
            }
            catch (JsonException e)
            {
                throw new SearchEngineException($"{path}:{lineNumber}: not a query object ({e.Message.Split(". ")[0]})");
            }

            if (q?.Mark is null || q.Relevant is null || q.Relevant.Count == 0)
            {
                throw new SearchEngineException($"{path}:{lineNumber}: a query needs \"mark\" and a non-empty \"relevant\" list");
            }

            q.Id ??= "line" + lineNumber;
            result.Add(q);
        }

        if (result.Count == 0) throw new SearchEngineException($"{path} holds no queries");
        return result;
    }

    /// <summary>The conflict query this line asks for, returning <paramref name="top"/> hits.</summary>
    public ConflictQuery ToConflictQuery(int top)
    {
        var classes = (Classes ?? []).Distinct().Select(c => new NiceClass(c)).ToList();
        var filter = ClassFilterModes.Parse(ClassFilter, classes.Count > 0, $"query {Id}: classFilter", whenUnset: ClassFilterMode.None);
        return new ConflictQuery
        {
            Mark = Mark!,
            Classes = classes,
            ClassFilter = filter,
            Statuses = Status is null ? MarkStatuses.All : MarkStatuses.ParseFilter(Status),
            Before = TrademarkRecord.ParseDate(Before, "before"),
            Top = top,
        };
    }
}
