namespace SearchEngine.Ranking;

/// <summary>
/// The candidates of one query, kept together: ranking models learn and are measured per query, so a
/// query's rows must never be split between training and validation.
/// </summary>
/// <param name="MissedGrades">Grades of judged documents the engine did not retrieve; they count in the
/// ideal ranking, so a reranker is never credited for recall it cannot have.</param>
public sealed record RankingGroup(string QueryId, IReadOnlyList<RankingCandidate> Candidates, IReadOnlyList<int> MissedGrades)
{
    public RankingGroup(string queryId, IReadOnlyList<RankingCandidate> candidates)
        : this(queryId, candidates, []) { }

    /// <summary>A group teaches a ranker something only when its candidates do not all share one grade.</summary>
    public bool IsInformative => Candidates.Select(c => c.Grade).Distinct().Skip(1).Any();
}
