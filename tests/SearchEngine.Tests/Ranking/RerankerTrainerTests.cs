using Microsoft.ML.Data;
using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class RerankerTrainerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RankerAlgorithm.LightGbm)]
    [InlineData(RankerAlgorithm.FastTree)]
    public void Reranker_beats_the_fused_score_on_held_out_queries(RankerAlgorithm algorithm)
    {
        var result = RerankerTrainer.Train(SyntheticRanking.Dataset(), SyntheticRanking.FastOptions(algorithm), Now);
        var meta = result.Model.Metadata;

        Assert.Null(result.FallbackReason);
        Assert.Equal(24, result.ValidationQueries);
        Assert.Equal(24, meta.ValidationReranked.Queries);
        Assert.True(meta.ValidationReranked.Ndcg10 > meta.ValidationFused.Ndcg10 + 0.1,
            $"reranked {meta.ValidationReranked.Ndcg10:F3} vs fused {meta.ValidationFused.Ndcg10:F3}");
        Assert.True(result.BeatsFusedScore);
        Assert.Contains(algorithm == RankerAlgorithm.LightGbm ? "LightGBM" : "FastTree", meta.Trainer);
    }

    [Fact]
    public void Metadata_records_the_data_and_the_feature_set()
    {
        var data = SyntheticRanking.Dataset();
        var model = RerankerTrainer.Train(data, SyntheticRanking.FastOptions(), Now).Model;

        Assert.Equal(SyntheticRanking.FeatureSetVersion, model.FeatureSetVersion);
        Assert.Equal(SyntheticRanking.FeatureNames, model.Metadata.FeatureNames);
        Assert.Equal(data.Fingerprint(), model.Metadata.DataFingerprint);
        Assert.StartsWith("trademarks-20261123T120000Z-", model.ModelVersion);
        Assert.Equal(Now, model.Metadata.TrainedAt);
        Assert.True(model.Metadata.TrainingQueries is > 0 and <= 56);
    }

    [Fact]
    public void Permutation_importance_finds_the_features_relevance_depends_on()
    {
        var importance = RerankerTrainer.Train(SyntheticRanking.Dataset(), SyntheticRanking.FastOptions(), Now).Model.Metadata.FeatureImportance;

        Assert.Equal(SyntheticRanking.FeatureNames.Order(), importance.Select(f => f.Feature).Order());
        var byName = importance.ToDictionary(f => f.Feature, f => f.NdcgDrop);
        Assert.True(byName["shape"] > byName["noise"], string.Join(", ", importance));
        Assert.True(byName["gate"] > byName["noise"], string.Join(", ", importance));
    }

    [Theory]
    [InlineData(RankerAlgorithm.LightGbm)]
    [InlineData(RankerAlgorithm.FastTree)]
    public void Copied_trees_score_exactly_like_the_ml_net_model(RankerAlgorithm algorithm)
    {
        var groups = SyntheticRanking.Groups(30, 20, seed: 4);
        var ranker = new MlNetRanker(SyntheticRanking.FastOptions(algorithm), SyntheticRanking.FeatureNames);
        var view = ranker.ToDataView(groups);
        var fitted = ranker.Fit(algorithm, view, 600);

        var expected = ranker.ScoreWithMlNet(fitted.Transformer, view);
        var rows = view.GetColumn<float[]>("Features").ToArray();
        Assert.Equal(600, rows.Length);
        for (var i = 0; i < rows.Length; i++) Assert.Equal(expected[i], (float)fitted.Ensemble.Score(rows[i]), 4);
        Assert.True(expected.Distinct().Count() > 10, "the model should not be constant");
    }

    [Fact]
    public void Rows_are_shuffled_inside_each_group_and_groups_stay_contiguous()
    {
        var groups = SyntheticRanking.Groups(20, 25, seed: 2)
            .Select(g => g with { Candidates = g.Candidates.OrderByDescending(c => c.Grade).ToList() })
            .ToList();
        var view = new MlNetRanker(SyntheticRanking.FastOptions(), SyntheticRanking.FeatureNames).ToDataView(groups);

        var labels = view.GetColumn<float>("Label").ToArray();
        var groupIds = view.GetColumn<uint>("GroupId").ToArray();
        var runs = groupIds.Select((id, i) => (id, i)).GroupBy(x => x.id).ToList();
        Assert.Equal(20, runs.Count);
        Assert.All(runs, run => Assert.Equal(run.Count() - 1, run.Last().i - run.First().i));
        var sortedGroups = runs.Count(run => run.Select(x => labels[x.i]).SequenceEqual(run.Select(x => labels[x.i]).OrderDescending()));
        Assert.True(sortedGroups < 5, $"{sortedGroups} of 20 groups still arrive sorted by label");
    }

    [Fact]
    public void Excluded_features_are_never_split_on()
    {
        var options = SyntheticRanking.FastOptions() with { ExcludedFeatures = ["shape"] };
        var model = RerankerTrainer.Train(SyntheticRanking.Dataset(), options, Now).Model;

        var shape = Array.IndexOf(SyntheticRanking.FeatureNames, "shape");
        Assert.DoesNotContain(model.Ensemble.Trees, t => t.Feature.Contains(shape));
        Assert.Contains(model.Ensemble.Trees, t => t.Feature.Contains(Array.IndexOf(SyntheticRanking.FeatureNames, "gate")));
        Assert.Contains("without shape", model.Metadata.Trainer);
        Assert.Throws<SearchEngineException>(() => RerankerTrainer.Train(SyntheticRanking.Dataset(), options with { ExcludedFeatures = ["colour"] }, Now));
    }

    [Fact]
    public void Training_without_any_relevant_candidate_fails_clearly()
    {
        var groups = SyntheticRanking.Groups(10, 5, seed: 1)
            .Select(g => g with { Candidates = g.Candidates.Select(c => c with { Grade = 0 }).ToList() })
            .ToList();
        var data = new RankingDataset("trademarks", "v", SyntheticRanking.FeatureNames, groups);

        var e = Assert.Throws<SearchEngineException>(() => RerankerTrainer.Train(data, SyntheticRanking.FastOptions(), Now));
        Assert.Contains("nothing to learn", e.Message);
    }

    [Fact]
    public void Rows_that_give_nothing_to_split_on_fail_clearly()
    {
        // Every row has the same features: no tree can split, which ML.NET cannot even represent.
        var groups = Enumerable.Range(0, 10).Select(q => new RankingGroup($"q{q}",
            [new RankingCandidate("a", [1f, 1f, 1f, 1f], 2, 4), new RankingCandidate("b", [1f, 1f, 1f, 1f], 1, 0)])).ToList();
        var data = new RankingDataset("trademarks", "v", SyntheticRanking.FeatureNames, groups);

        var e = Assert.Throws<SearchEngineException>(() => RerankerTrainer.Train(data, SyntheticRanking.FastOptions(), Now));
        Assert.Contains("nothing to split on", e.Message);
    }

    [Fact]
    public void Dataset_rejects_rows_that_do_not_fit_the_feature_set()
    {
        RankingGroup Group(params RankingCandidate[] c) => new("q", c);
        string[] names = ["a", "b"];

        Assert.Throws<SearchEngineException>(() => new RankingDataset("trademarks", "v", names, [Group(new RankingCandidate("x", [1f], 1, 0))]));
        Assert.Throws<SearchEngineException>(() => new RankingDataset("trademarks", "v", names, [Group(new RankingCandidate("x", [1f, 2f], 1, 5))]));
        Assert.Throws<SearchEngineException>(() => new RankingDataset("trademarks", "v", names, [Group()]));
        var one = Group(new RankingCandidate("x", [1f, 2f], 1, 1));
        Assert.Throws<SearchEngineException>(() => new RankingDataset("trademarks", "v", names, [one, one]));
    }
}
