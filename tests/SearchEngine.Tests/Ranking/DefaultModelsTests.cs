using SearchEngine.Indexing;
using SearchEngine.Ranking;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Ranking;

public class DefaultModelsTests
{
    [Fact]
    public void The_shipped_model_loads_with_its_metadata_and_scores()
    {
        var model = DefaultModels.ShippedTrademarkModel();

        Assert.NotNull(model);
        Assert.Equal("trademarks", model.Metadata.Collection);
        Assert.True(model.Metadata.ValidationReranked.Ndcg10 > model.Metadata.ValidationFused.Ndcg10);
        Assert.NotEmpty(model.Metadata.FeatureImportance);
        var scores = model.Score([new float[model.Metadata.FeatureNames.Count], Enumerable.Repeat(1f, model.Metadata.FeatureNames.Count).ToArray()]);
        Assert.All(scores, s => Assert.True(float.IsFinite(s)));
    }

    [Fact]
    public void The_shipped_queries_are_valid_training_queries_over_the_shipped_sample()
    {
        var queries = TrademarkTrainingQueries.Shipped();
        var sample = TrademarkTrainingQueries.SampleRegister().Select(m => m.Number).ToHashSet();

        // the script's count: 60 queries for each single-change mechanism and each real-conflict shape
        Assert.Equal(60 * (ConfusableMarkGenerator.Mechanisms.Count + ConfusableMarkGenerator.ElementMechanisms.Count), queries.Count);
        Assert.All(queries, q => Assert.All(q.Grades.Keys, id => Assert.Contains(id, sample)));
    }

    [Fact]
    public void A_usable_model_is_kept()
    {
        using var dir = new TempFolder();
        var layout = new IndexLayout(dir.Path);
        var names = TrademarkFeatures.Names;
        var random = new Random(5);
        var groups = Enumerable.Range(0, 20).Select(q => new RankingGroup($"q{q}", Enumerable.Range(0, 10).Select(c =>
            new RankingCandidate($"{q}-{c}", names.Select(_ => random.NextSingle()).ToArray(), c, c == 3 ? 4 : 0)).ToList())).ToList();
        var own = RerankerTrainer.Train(new RankingDataset("trademarks", TrademarkFeatures.Version, names, groups),
            SyntheticRanking.FastOptions(), DateTimeOffset.UtcNow).Model;
        RerankerStore.Save(layout.Models, own);

        var status = DefaultModels.EnsureTrained(layout);

        Assert.Contains(own.ModelVersion, status);
        Assert.Equal(own.ModelVersion, RerankerStore.TryLoad(layout.Models, "trademarks", TrademarkFeatures.Version, out _)!.ModelVersion);
    }

    [Fact]
    public void An_empty_layout_gets_the_shipped_model_or_is_told_why_not()
    {
        using var dir = new TempFolder();
        var layout = new IndexLayout(dir.Path);
        var shipped = DefaultModels.ShippedTrademarkModel()!;

        var status = DefaultModels.EnsureTrained(layout);

        var loaded = RerankerStore.TryLoad(layout.Models, "trademarks", TrademarkFeatures.Version, out _);
        if (shipped.FeatureSetVersion == TrademarkFeatures.Version)
        {
            Assert.Contains("installed the shipped default", status);
            Assert.Equal(shipped.ModelVersion, loaded?.ModelVersion);
        }
        else
        {
            // The feature set moved on and there is no index to retrain on: nothing installed, and it says so.
            Assert.Contains("no trademark index", status);
            Assert.Null(loaded);
        }
    }
}
