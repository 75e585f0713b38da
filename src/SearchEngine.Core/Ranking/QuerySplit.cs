namespace SearchEngine.Ranking;

/// <summary>
/// Splits query groups into training and validation sets by query, never by row: rows of one query are
/// strongly correlated, so splitting them would let the model see its test answers.
/// </summary>
public static class QuerySplit
{
    public static (IReadOnlyList<RankingGroup> Train, IReadOnlyList<RankingGroup> Validation) Split(
        IReadOnlyList<RankingGroup> groups, double validationShare, int seed)
    {
        if (validationShare is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(validationShare), "must be between 0 and 1");
        if (groups.Count < 2) throw new SearchEngineException($"training needs at least 2 queries to hold some out for validation, got {groups.Count}");

        // Order by id first so the split depends on the seed and the queries, not on file order.
        var shuffled = groups.OrderBy(g => g.QueryId, StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(shuffled);
        var validationCount = Math.Clamp((int)Math.Round(groups.Count * validationShare), 1, groups.Count - 1);
        return (shuffled[validationCount..], shuffled[..validationCount]);
    }
}
