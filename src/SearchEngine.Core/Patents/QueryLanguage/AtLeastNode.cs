namespace SearchEngine.Patents.QueryLanguage;

/// <summary>
/// Items of which at least <see cref="Minimum"/> must match (a NOT item must never match); more matches
/// score higher. What a forgiving query or a lossy translation relaxes a plain AND into.
/// </summary>
internal sealed record AtLeastNode(int Position, IReadOnlyList<QueryNode> Items, int Minimum) : QueryNode(Position);

/// <summary>The inner query with its score scaled (a translation's trust, the original's share).</summary>
internal sealed record WeightedNode(int Position, QueryNode Inner, float Weight) : QueryNode(Position);
