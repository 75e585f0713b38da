namespace SearchEngine.Ranking;

/// <summary>
/// One examiner judgement of one hit: in <see cref="Collection"/> ("trademarks" or "patents"), for the query
/// text <see cref="Query"/>, the hit <see cref="HitId"/> was graded <see cref="Grade"/> (0 = not relevant …
/// 4 = a certain conflict / prior art) by <see cref="User"/> at <see cref="Time"/>.
/// </summary>
public sealed record FeedbackEntry(string Collection, string Query, string HitId, int Grade, string User, DateTimeOffset Time)
{
    public const int MaxQueryLength = 2000;
    public const int MaxFieldLength = 200;

    public static readonly IReadOnlyList<string> Collections = ["trademarks", "patents"];

    /// <summary>Throws a <see cref="SearchEngineException"/> naming the first thing wrong with the entry.</summary>
    public void Validate()
    {
        if (!Collections.Contains(Collection)) throw new SearchEngineException($"feedback collection must be trademarks or patents, not '{Collection}'");
        if (string.IsNullOrWhiteSpace(Query)) throw new SearchEngineException("feedback needs the query text");
        if (Query.Length > MaxQueryLength) throw new SearchEngineException($"feedback query is longer than {MaxQueryLength} characters");
        if (string.IsNullOrWhiteSpace(HitId) || HitId.Length > MaxFieldLength) throw new SearchEngineException("feedback needs the hit's id (at most 200 characters)");
        if (Grade is < 0 or > RankingDataset.MaxGrade) throw new SearchEngineException($"feedback grade must be 0–{RankingDataset.MaxGrade}, not {Grade}");
        if (string.IsNullOrWhiteSpace(User) || User.Length > MaxFieldLength) throw new SearchEngineException("feedback needs the user (at most 200 characters)");
    }
}
