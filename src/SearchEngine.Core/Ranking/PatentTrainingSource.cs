using System.Text.Json;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Patents.QueryLanguage;

namespace SearchEngine.Ranking;

/// <summary>
/// Patent search as training data: query lines <c>{"qid", "query", "mode": "query"|"text"}</c> run through
/// the library's first stage (BM25, or "like this" for pasted text), whose BM25 score is the fused score.
/// </summary>
public sealed class PatentTrainingSource(PatentLibrary library) : ITrainingSource
{
    /// <summary>Pasted text longer than this many words is read as "like this" text when it comes from feedback.</summary>
    private const int LikeTextWords = 30;

    public static PatentTrainingSource Open(IndexLayout layout)
    {
        if (!PatentLibrary.Exists(layout)) throw new SearchEngineException($"no patent index in {layout.Root}: import patents first");
        return new PatentTrainingSource(PatentLibrary.Open(layout, writable: false));
    }

    public string Collection => "patents";

    public string FeatureSetVersion => PatentFeatures.Version;

    public IReadOnlyList<string> FeatureNames => PatentFeatures.Names;

    public bool Exists(string id) => library.Get(id) is not null;

    public IReadOnlyList<RankingCandidate> Candidates(JudgedQuery query, int top)
    {
        var text = query.Fields.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : "";
        if (string.IsNullOrWhiteSpace(text)) throw new SearchEngineException($"query {query.QueryId} ({query.Origin}) has no \"query\" text");
        var likeText = query.Fields.TryGetProperty("mode", out var m) && m.ValueKind == JsonValueKind.String && m.GetString() == "text";

        IReadOnlyList<PatentCandidate> candidates;
        try
        {
            candidates = library.Candidates(text, likeText, top);
        }
        catch (PatentQuerySyntaxException) when (!likeText && PatentQueryParser.PlainWords(text).Length > 0)
        {
            // As in eval: a pasted title that is not valid syntax is read as plain words.
            candidates = library.Candidates(PatentQueryParser.PlainWords(text), false, top);
        }

        return candidates.Select(c => new RankingCandidate(c.Number, c.Features, c.Score, 0)).ToList();
    }

    public JsonElement FieldsForText(string text) => JsonSerializer.SerializeToElement(new
    {
        query = text,
        mode = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > LikeTextWords ? "text" : "query",
    });

    public void Dispose() => library.Dispose();
}
