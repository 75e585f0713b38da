namespace SearchEngine.Ranking;

/// <summary>
/// What is known about a saved model: which features it reads, what it was trained on, when, by which
/// trainer, and how it did on held-out queries against the hand-fused score.
/// </summary>
public sealed record RerankerMetadata
{
    public required string Collection { get; init; }
    public required string ModelVersion { get; init; }
    public required string FeatureSetVersion { get; init; }
    public required IReadOnlyList<string> FeatureNames { get; init; }
    public required string Trainer { get; init; }
    public required DateTimeOffset TrainedAt { get; init; }
    public required string DataFingerprint { get; init; }
    public required int TrainingQueries { get; init; }
    public required int TrainingRows { get; init; }
    public required RankingQuality ValidationFused { get; init; }
    public required RankingQuality ValidationReranked { get; init; }
    public IReadOnlyList<FeatureImportance> FeatureImportance { get; init; } = [];
}

/// <summary>How much validation NDCG@10 falls when one feature's values are shuffled across rows (ML.NET PFI).</summary>
public sealed record FeatureImportance(string Feature, double NdcgDrop);
