using System.Text.Json;
using SearchEngine.Indexing;
using SearchEngine.Trademarks.Evaluation;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Ranking;

/// <summary>
/// Trademark conflict search as training data: query lines in the evaluation format (<c>mark</c>,
/// <c>classes</c>, optional filters) run through the register's conflict search without a reranker, so the
/// candidates arrive with their feature rows and fused score.
/// </summary>
/// <param name="ownsRegister">Whether disposing the source closes the register (false when a host lends its own).</param>
/// <param name="withFusedScore">An experiment: add the fused score (0–1) as a last feature. Search does not pass it
/// to rerankers, so such a model is never used at search time (its feature-set version says so).</param>
public sealed class TrademarkTrainingSource(TrademarkRegister register, bool ownsRegister = true, bool withFusedScore = false) : ITrainingSource
{
    private const string FusedScoreFeature = "fused_score";

    public static TrademarkTrainingSource Open(IndexLayout layout, bool withFusedScore = false)
    {
        if (!TrademarkRegister.Exists(layout)) throw new SearchEngineException($"no trademark index in {layout.Root}: import trademarks first");
        return new TrademarkTrainingSource(TrademarkRegister.Open(layout, writable: false), withFusedScore: withFusedScore);
    }

    public string Collection => "trademarks";

    public string FeatureSetVersion => withFusedScore ? TrademarkFeatures.Version + "+" + FusedScoreFeature : TrademarkFeatures.Version;

    public IReadOnlyList<string> FeatureNames => withFusedScore ? [.. TrademarkFeatures.Names, FusedScoreFeature] : TrademarkFeatures.Names;

    public bool Exists(string id) => !string.IsNullOrWhiteSpace(id) && register.Get(id) is not null;

    public IReadOnlyList<RankingCandidate> Candidates(JudgedQuery query, int top)
    {
        EvaluationQuery? line;
        try
        {
            line = query.Fields.Deserialize<EvaluationQuery>();
        }
        catch (JsonException e)
        {
            throw new SearchEngineException($"query {query.QueryId} ({query.Origin}): {e.Message}");
        }

        if (string.IsNullOrWhiteSpace(line?.Mark)) throw new SearchEngineException($"query {query.QueryId} ({query.Origin}) has no \"mark\"");
        line.Id ??= query.QueryId;
        var result = register.Search(line.ToConflictQuery(Math.Min(top, ConflictQuery.MaxTop)) with { Reranker = null });
        return result.Hits.Select(h => new RankingCandidate(h.Number, withFusedScore ? [.. h.Features, (float)h.Score / 100] : h.Features, (float)h.Score, 0)).ToList();
    }

    public JsonElement FieldsForText(string text) => JsonSerializer.SerializeToElement(new { mark = text });

    public void Dispose()
    {
        if (ownsRegister) register.Dispose();
    }
}
