namespace SearchEngine.Ranking;

/// <summary>
/// A learned model that rescores a query's top candidates from their feature rows. Trademark and
/// patent search take one optionally; without one they keep their hand-fused score.
/// </summary>
public interface IReranker
{
    /// <summary>Identifies the model (shown in /health and eval output).</summary>
    string ModelVersion { get; }

    /// <summary>The feature-set version the model was trained on; a mismatch means the model is not used.</summary>
    string FeatureSetVersion { get; }

    /// <summary>One score per row, higher is more relevant; rows are in the feature order of the feature set.</summary>
    float[] Score(IReadOnlyList<float[]> featureRows);
}
