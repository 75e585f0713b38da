using System.Text.Json;

namespace SearchEngine.Patents.Evaluation;

/// <summary>One line of an evaluation file: <c>{"qid", "query", "relevant": [numbers], "mode": "query"|"text"}</c>.</summary>
public sealed record EvalQuery(string Qid, string Query, IReadOnlyList<string> Relevant, bool LikeText)
{
    /// <summary>Reads a JSON Lines query file; a bad line is an error naming the line.</summary>
    public static List<EvalQuery> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new SearchEngineException($"no such query file: {path}");
        var list = new List<EvalQuery>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var qid = r.TryGetProperty("qid", out var q) ? (q.ValueKind == JsonValueKind.String ? q.GetString()! : q.GetRawText()) : $"line{lineNumber}";
                var text = r.GetProperty("query").GetString() ?? "";
                var relevant = r.TryGetProperty("relevant", out var rel) && rel.ValueKind == JsonValueKind.Array
                    ? rel.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToList()
                    : [];
                var mode = r.TryGetProperty("mode", out var m) ? m.GetString() : "query";
                if (mode is not ("query" or "text")) throw new FormatException($"mode must be \"query\" or \"text\", not \"{mode}\"");
                list.Add(new EvalQuery(qid, text, relevant, mode == "text"));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new SearchEngineException($"{path}: line {lineNumber}: not a query line ({e.Message})");
            }
        }

        return list;
    }
}
