using SearchEngine.Text;
using System.Text.Json;
using SearchEngine.Patents.Import;
using SearchEngine.Patents.Indexing;

namespace SearchEngine.Patents.Evaluation;

/// <summary>
/// Builds the known-item test: each record's title as a user would type it (lower case, no accents,
/// first ten words), expected to find that record.
/// </summary>
public static class KnownItemQueries
{
    public static List<EvalQuery> FromFile(string path, int words = 10)
    {
        if (!File.Exists(path)) throw new SearchEngineException($"no such file: {path}");
        using var stream = File.OpenRead(path);
        var list = new List<EvalQuery>();
        foreach (var item in PatentSourceReader.Read(stream, path))
        {
            if (item.Record is not { } r) continue;
            list.Add(new EvalQuery($"ki-{r.Number}", TypedTitle(r.Title, words), [r.Number], false));
        }

        return list;
    }

    /// <summary>"PHƯƠNG PHÁP KIỂM SOÁT ..." → "phuong phap kiem soat ..." (first <paramref name="words"/> words).</summary>
    public static string TypedTitle(string title, int words = 10) =>
        string.Join(' ', TextNormalizer.Fold(title).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(words));

    public static void Write(IEnumerable<EvalQuery> queries, TextWriter w)
    {
        foreach (var q in queries)
        {
            w.WriteLine(JsonSerializer.Serialize(new { qid = q.Qid, query = q.Query, relevant = q.Relevant, mode = q.LikeText ? "text" : "query" }));
        }
    }
}
