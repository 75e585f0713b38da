namespace SearchEngine.Ranking;

/// <summary>
/// Trains a reranker on a dataset: splits by query, fits on the training queries, and measures the fused
/// score and the reranker on the held-out queries in the same run, with permutation feature importance.
/// </summary>
public static class RerankerTrainer
{
    public static TrainingResult Train(RankingDataset data, TrainingOptions options, DateTimeOffset now)
    {
        var (train, validation) = QuerySplit.Split(data.Groups, options.ValidationShare, options.Seed);
        var informative = train.Where(g => g.IsInformative).ToList();
        if (informative.Count == 0)
        {
            throw new SearchEngineException("no training query has both relevant and non-relevant candidates: nothing to learn from");
        }

        var ranker = new MlNetRanker(options, data.FeatureNames);
        var trainView = ranker.ToDataView(informative);
        var rows = informative.Sum(g => g.Candidates.Count);
        string? fallbackReason = null;
        MlNetRanker.Fitted fitted;
        var algorithm = options.Algorithm;
        try
        {
            fitted = ranker.Fit(algorithm, trainView, rows);
        }
        catch (Exception e) when (algorithm == RankerAlgorithm.LightGbm && IsNativeLoadFailure(e))
        {
            // LightGBM is a native library; where it cannot load, ML.NET's managed FastTree ranker still can.
            fallbackReason = $"LightGBM unavailable ({e.GetBaseException().Message}); trained with FastTree instead";
            algorithm = RankerAlgorithm.FastTree;
            fitted = ranker.Fit(algorithm, trainView, rows);
        }

        var judgedValidation = validation.Where(g => g.Candidates.Any(c => c.Grade > 0)).ToList();
        var importance = judgedValidation.Count == 0
            ? []
            : fitted.FeatureImportance(ranker.ToDataView(judgedValidation))
                .Select((drop, i) => new FeatureImportance(data.FeatureNames[i], drop))
                .OrderByDescending(f => f.NdcgDrop)
                .ToList();

        var fingerprint = data.Fingerprint();
        var fused = RankingMetrics.MeasureFused(validation);
        var reranked = RankingMetrics.Measure(validation, g => g.Candidates.Select(c => (float)fitted.Ensemble.Score(c.Features)).ToArray());
        var model = new RerankerModel(Metadata(data, options, now, fingerprint, algorithm, informative, fused, reranked, importance), fitted.Ensemble);
        return new TrainingResult(model, train.Count, validation.Count, fallbackReason);
    }

    private static RerankerMetadata Metadata(RankingDataset data, TrainingOptions options, DateTimeOffset now, string fingerprint,
        RankerAlgorithm algorithm, IReadOnlyList<RankingGroup> trainedOn, RankingQuality fused, RankingQuality reranked, IReadOnlyList<FeatureImportance> importance) => new()
    {
        Collection = data.Collection,
        ModelVersion = $"{data.Collection}-{now.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{fingerprint[^8..]}",
        FeatureSetVersion = data.FeatureSetVersion,
        FeatureNames = data.FeatureNames,
        Trainer = (algorithm == RankerAlgorithm.LightGbm ? "ML.NET LightGBM LambdaRank" : "ML.NET FastTree ranking") +
                  $" ({options.Trees} trees, {options.LeavesPerTree} leaves, lr {options.LearningRate}" +
                  (options.ExcludedFeatures.Count > 0 ? $"; without {string.Join(", ", options.ExcludedFeatures)})" : ")"),
        TrainedAt = now,
        DataFingerprint = fingerprint,
        TrainingQueries = trainedOn.Count,
        TrainingRows = trainedOn.Sum(g => g.Candidates.Count),
        ValidationFused = fused,
        ValidationReranked = reranked,
        FeatureImportance = importance,
    };

    private static bool IsNativeLoadFailure(Exception e) =>
        e.GetBaseException() is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException;
}

/// <summary>A trained model and the split it came from; <see cref="FallbackReason"/> says why FastTree replaced LightGBM.</summary>
public sealed record TrainingResult(RerankerModel Model, int TrainQueries, int ValidationQueries, string? FallbackReason)
{
    /// <summary>Whether the reranker ranked the held-out queries better than the fused score (NDCG@10).</summary>
    public bool BeatsFusedScore => Model.Metadata.ValidationReranked.Ndcg10 > Model.Metadata.ValidationFused.Ndcg10;
}
