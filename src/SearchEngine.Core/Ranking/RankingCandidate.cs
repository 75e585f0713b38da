namespace SearchEngine.Ranking;

/// <summary>
/// One candidate the engine returned for a query: its feature row, the hand-fused score it was ranked by,
/// and the grade a judge gave it (0 = not relevant … 4 = a certain conflict; unjudged candidates are 0).
/// </summary>
public sealed record RankingCandidate(string Id, float[] Features, float FusedScore, int Grade);
