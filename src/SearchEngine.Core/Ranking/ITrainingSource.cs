using System.Text.Json;

namespace SearchEngine.Ranking;

/// <summary>
/// What training needs from a collection's search: its feature set, whether an id exists, and the engine's
/// own top candidates (with feature rows and fused scores) for a query. Trademarks and patents each adapt
/// their search to it.
/// </summary>
public interface ITrainingSource : IDisposable
{
    string Collection { get; }
    string FeatureSetVersion { get; }
    IReadOnlyList<string> FeatureNames { get; }

    bool Exists(string id);

    /// <summary>The top <paramref name="top"/> candidates by fused score, graded 0 (the builder fills in grades).</summary>
    IReadOnlyList<RankingCandidate> Candidates(JudgedQuery query, int top);

    /// <summary>The query fields for free query text, as examiner feedback records only the text.</summary>
    JsonElement FieldsForText(string text);
}
