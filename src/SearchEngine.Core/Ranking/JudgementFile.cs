using System.Text.Json;

namespace SearchEngine.Ranking;

/// <summary>
/// Reads training queries from JSON Lines (optionally gzipped), one query a line, in either form:
/// <c>{"qid", …, "judgements": [{"id", "grade"}]}</c> with grades 0–4, or a query file's
/// <c>{"qid", …, "relevant": [ids]}</c> where each relevant id counts as grade <see cref="RelevantGrade"/>.
/// Every problem is reported with its line number; any problem fails the whole file, since training on a
/// half-read file would quietly produce a worse model.
/// </summary>
public static class JudgementFile
{
    public const int RelevantGrade = 4;
    private const int MaxErrorsShown = 5;

    public static IReadOnlyList<JudgedQuery> Read(string path)
    {
        if (!File.Exists(path)) throw new SearchEngineException($"no judgement file at {path}");
        using var reader = TextFiles.Open(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<JudgedQuery> Read(TextReader reader, string name)
    {
        var queries = new List<JudgedQuery>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var query = ParseLine(line, $"{name}:{number}");
                if (!seen.Add(query.QueryId)) throw new FormatException($"qid '{query.QueryId}' appears twice");
                queries.Add(query);
            }
            catch (FormatException e)
            {
                errors.Add($"line {number}: {e.Message}");
            }
        }

        if (errors.Count > 0)
        {
            var more = errors.Count > MaxErrorsShown ? $" (and {errors.Count - MaxErrorsShown} more)" : "";
            throw new SearchEngineException($"{name}: {errors.Count} bad line(s), nothing trained: {string.Join("; ", errors.Take(MaxErrorsShown))}{more}");
        }

        if (queries.Count == 0) throw new SearchEngineException($"{name}: no queries");
        return queries;
    }

    internal static JudgedQuery ParseLine(string line, string origin)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(line);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON ({e.Message})");
        }

        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("not a JSON object");
        var qid = root.TryGetProperty("qid", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : null;
        if (string.IsNullOrWhiteSpace(qid)) throw new FormatException("no \"qid\" string");

        var grades = new Dictionary<string, int>(StringComparer.Ordinal);
        if (root.TryGetProperty("judgements", out var judgements))
        {
            if (judgements.ValueKind != JsonValueKind.Array) throw new FormatException($"query {qid}: \"judgements\" is not an array");
            foreach (var j in judgements.EnumerateArray())
            {
                var id = j.ValueKind == JsonValueKind.Object && j.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String
                    ? idElement.GetString()! : throw new FormatException($"query {qid}: a judgement without an \"id\" string");
                if (!j.TryGetProperty("grade", out var g) || g.ValueKind != JsonValueKind.Number || !g.TryGetInt32(out var grade))
                {
                    throw new FormatException($"query {qid}, id {id}: \"grade\" must be a whole number 0–{RankingDataset.MaxGrade}");
                }

                if (grade is < 0 or > RankingDataset.MaxGrade) throw new FormatException($"query {qid}, id {id}: grade {grade} is outside 0–{RankingDataset.MaxGrade}");
                if (!grades.TryAdd(id, grade)) throw new FormatException($"query {qid}: id {id} is judged twice");
            }
        }
        else if (root.TryGetProperty("relevant", out var relevant))
        {
            if (relevant.ValueKind != JsonValueKind.Array) throw new FormatException($"query {qid}: \"relevant\" is not an array");
            foreach (var r in relevant.EnumerateArray())
            {
                if (r.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(r.GetString())) throw new FormatException($"query {qid}: \"relevant\" holds a non-string id");
                grades.TryAdd(r.GetString()!, RelevantGrade);
            }
        }
        else
        {
            throw new FormatException($"query {qid}: neither \"judgements\" nor \"relevant\"");
        }

        if (grades.Count == 0) throw new FormatException($"query {qid}: empty group (no judged ids)");
        return new JudgedQuery(qid, root, grades, origin);
    }
}
