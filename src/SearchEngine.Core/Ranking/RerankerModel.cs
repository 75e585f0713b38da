namespace SearchEngine.Ranking;

/// <summary>A trained reranker: its metadata and the tree ensemble that scores candidates.</summary>
public sealed class RerankerModel : IReranker
{
    internal RerankerModel(RerankerMetadata metadata, TreeEnsemble ensemble)
    {
        if (ensemble.MaxFeatureIndex >= metadata.FeatureNames.Count)
        {
            throw new FormatException($"the trees read feature {ensemble.MaxFeatureIndex}, the model lists {metadata.FeatureNames.Count} features");
        }

        Metadata = metadata;
        Ensemble = ensemble;
    }

    public RerankerMetadata Metadata { get; }

    internal TreeEnsemble Ensemble { get; }

    public string ModelVersion => Metadata.ModelVersion;

    public string FeatureSetVersion => Metadata.FeatureSetVersion;

    public float[] Score(IReadOnlyList<float[]> featureRows)
    {
        var scores = new float[featureRows.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            var row = featureRows[i];
            if (row.Length != Metadata.FeatureNames.Count)
            {
                throw new ArgumentException($"row {i} has {row.Length} features, model {ModelVersion} expects {Metadata.FeatureNames.Count}", nameof(featureRows));
            }

            scores[i] = (float)Ensemble.Score(row);
        }

        return scores;
    }

    /// <summary>One line for /health and eval: which model, and what it gained on held-out queries.</summary>
    public string Describe() =>
        $"reranker {ModelVersion} ({Metadata.Trainer}, trained {Metadata.TrainedAt:yyyy-MM-dd}; held-out NDCG@10 " +
        $"{Metadata.ValidationFused.Ndcg10:F3} fused → {Metadata.ValidationReranked.Ndcg10:F3} reranked on {Metadata.ValidationReranked.Queries} queries)";
}
