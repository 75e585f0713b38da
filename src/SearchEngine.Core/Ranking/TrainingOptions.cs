namespace SearchEngine.Ranking;

/// <summary>The learning algorithm: LightGBM LambdaRank by default, ML.NET's own FastTree ranker as the fallback.</summary>
public enum RankerAlgorithm
{
    LightGbm,
    FastTree,
}

/// <summary>
/// How a reranker is trained. The defaults suit a few hundred queries of up to 100 candidates: small trees,
/// a slow learning rate and a leaf minimum that keeps single queries from being memorised.
/// </summary>
public sealed record TrainingOptions
{
    public RankerAlgorithm Algorithm { get; init; } = RankerAlgorithm.LightGbm;

    /// <summary>The share of queries held out to validate on (split by query).</summary>
    public double ValidationShare { get; init; } = 0.3;

    public int Seed { get; init; } = 17;
    public int Trees { get; init; } = 200;
    public int LeavesPerTree { get; init; } = 16;
    public int MinRowsPerLeaf { get; init; } = 20;
    public double LearningRate { get; init; } = 0.05;

    /// <summary>
    /// Features the model may not use (held constant while training, so no tree splits on them): for
    /// ablations, or to keep a cue out that the training data overstates.
    /// </summary>
    public IReadOnlyList<string> ExcludedFeatures { get; init; } = [];

    /// <summary>How many times each feature is shuffled for permutation feature importance.</summary>
    public int ImportancePermutations { get; init; } = 3;
}
