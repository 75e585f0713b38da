using SearchEngine.Indexing;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Ranking;

/// <summary>
/// Gives a fresh install a trademark reranker. The library ships a model trained on the shipped sample
/// register with the shipped confusable-mark queries (Resources/Ranking/README.md has the commands);
/// when the conflict search's feature set has moved on since, the model is retrained from those queries
/// on the sample index instead.
/// </summary>
public static class DefaultModels
{
    public const string TrademarksResource = "SearchEngine.Resources.Ranking.trademarks-reranker.json";

    /// <summary>
    /// Makes sure <paramref name="layout"/> has a trademark reranker for the current feature set: keeps a
    /// usable one, else installs the shipped model, else trains one from the shipped queries when the index
    /// holds the shipped sample (tens of seconds: run it off the request path). Never throws for a missing
    /// index or data; returns one status line for logs and /health.
    /// </summary>
    /// <param name="register">The host's open register, if it has one (it is not closed here).</param>
    public static string EnsureTrained(IndexLayout layout, TrademarkRegister? register = null)
    {
        if (RerankerStore.TryLoad(layout.Models, "trademarks", TrademarkFeatures.Version, out var status) is not null) return status;

        if (ShippedTrademarkModel() is { } shipped && shipped.FeatureSetVersion == TrademarkFeatures.Version)
        {
            RerankerStore.Save(layout.Models, shipped);
            return $"installed the shipped default {shipped.Describe()}";
        }

        if (register is null && !TrademarkRegister.Exists(layout)) return $"{status} (no trademark index to train a default model on)";
        try
        {
            using var source = register is null ? TrademarkTrainingSource.Open(layout) : new TrademarkTrainingSource(register, ownsRegister: false);
            var outcome = RerankerTraining.Run(source, layout, TrademarkTrainingQueries.Shipped(), new TrainingOptions(), new TrainingRun(), DateTimeOffset.UtcNow);
            return outcome.SavedTo is not null
                ? $"trained a default {outcome.Result.Model.Describe()} from the shipped queries"
                : $"{status} (the default model trained from the shipped queries was {outcome.NotSavedReason})";
        }
        catch (SearchEngineException e)
        {
            // Typically an index that is not the shipped sample: the shipped queries name marks it lacks.
            return $"{status} (no default model: {e.Message})";
        }
    }

    /// <summary>
    /// The trademark reranker a search uses by default: the index's own model, else the shipped default when
    /// it matches the current feature set, else null (the fused score). <paramref name="status"/> says which.
    /// </summary>
    public static IReranker? TrademarkReranker(IndexLayout layout, out string status)
    {
        if (RerankerStore.TryLoad(layout.Models, "trademarks", TrademarkFeatures.Version, out status) is { } own) return own;
        if (ShippedTrademarkModel() is { } shipped && shipped.FeatureSetVersion == TrademarkFeatures.Version)
        {
            status = $"the index has no model of its own ({status}); using the shipped default {shipped.ModelVersion}";
            return shipped;
        }

        return null;
    }

    /// <summary>The model shipped in the library, or null when it is absent or unreadable.</summary>
    public static RerankerModel? ShippedTrademarkModel()
    {
        if (!EmbeddedResource.Exists(TrademarksResource)) return null;
        try
        {
            using var stream = EmbeddedResource.Open(TrademarksResource);
            return RerankerStore.Load(stream);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or NotSupportedException)
        {
            return null;
        }
    }
}
