using SearchEngine.Indexing;

namespace SearchEngine.Ranking;

/// <summary>
/// The whole training run behind <c>searchengine train</c> and the first-start default model: build the
/// groups from the collection's own search, train, and install the model only if it was trained and, unless
/// forced, ranks held-out queries better than the fused score. Anything that fails leaves the last model.
/// </summary>
public static class RerankerTraining
{
    public static TrainingOutcome Run(ITrainingSource source, IndexLayout layout, IReadOnlyList<JudgedQuery> queries,
        TrainingOptions options, TrainingRun run, DateTimeOffset now) =>
        Run([new TrainingRegister(source, queries)], layout, options, run, now);

    /// <summary>
    /// Trains one model on the queries of several indexes of the same collection (registers of several sizes,
    /// so the model learns what separates a conflict from its neighbours however many neighbours there are);
    /// the model goes to <paramref name="layout"/>. The groups of the second and later indexes carry their
    /// label in their query id, so ids may repeat across indexes.
    /// </summary>
    public static TrainingOutcome Run(IReadOnlyList<TrainingRegister> registers, IndexLayout layout,
        TrainingOptions options, TrainingRun run, DateTimeOffset now)
    {
        var data = TrainingDataBuilder.Build(registers, run.Candidates);
        var result = RerankerTrainer.Train(data.Dataset, options, now);

        if (run.DryRun) return new TrainingOutcome(data, result, null, "not saved (dry run)");
        if (!result.BeatsFusedScore && !run.InstallEvenIfWorse)
        {
            return new TrainingOutcome(data, result, null,
                "not installed: it did not beat the fused score on the held-out queries (the last model is kept; --force installs it anyway)");
        }

        var path = RerankerStore.Save(layout.Models, result.Model);
        return new TrainingOutcome(data, result, path, null);
    }
}

/// <summary>An index to draw training groups from and its judged queries; <paramref name="Label"/> prefixes their query ids (none for the first).</summary>
public sealed record TrainingRegister(ITrainingSource Source, IReadOnlyList<JudgedQuery> Queries, string? Label = null);

/// <summary>How a training run treats its candidates and its result.</summary>
/// <param name="Candidates">How many of the engine's top candidates form each query's group.</param>
/// <param name="InstallEvenIfWorse">Install the model even when it loses to the fused score on held-out queries.</param>
/// <param name="DryRun">Train and measure, but save nothing.</param>
public sealed record TrainingRun(int Candidates = TrainingDataBuilder.DefaultCandidates, bool InstallEvenIfWorse = false, bool DryRun = false);

/// <summary>What a training run did: its data, the trained model and where it went (or why it was not saved).</summary>
public sealed record TrainingOutcome(TrainingData Data, TrainingResult Result, string? SavedTo, string? NotSavedReason);
