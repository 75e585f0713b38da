using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class RerankerStoreTests
{
    private static readonly RerankerModel Model = RerankerTrainer.Train(
        SyntheticRanking.Dataset(40, 15), SyntheticRanking.FastOptions(),
        new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)).Model;

    [Fact]
    public void A_saved_model_loads_and_scores_the_same()
    {
        using var dir = new TempFolder();
        var path = RerankerStore.Save(dir.Path, Model);

        Assert.Equal(Path.Combine(dir.Path, "trademarks", "reranker.json"), path);
        var loaded = RerankerStore.TryLoad(dir.Path, "trademarks", SyntheticRanking.FeatureSetVersion, out var status);

        Assert.NotNull(loaded);
        Assert.Contains(Model.ModelVersion, status);
        var rows = SyntheticRanking.Groups(3, 10, seed: 8).SelectMany(g => g.Candidates).Select(c => c.Features).ToList();
        Assert.Equal(Model.Score(rows), loaded.Score(rows));
        Assert.Equal(Model.Metadata.ValidationReranked, ((RerankerModel)loaded).Metadata.ValidationReranked);
        Assert.Equal(Model.Metadata.FeatureImportance, ((RerankerModel)loaded).Metadata.FeatureImportance);
    }

    [Fact]
    public void No_model_means_the_fused_score_and_says_so()
    {
        using var dir = new TempFolder();
        Assert.Null(RerankerStore.TryLoad(dir.Path, "patents", "p1", out var status));
        Assert.Contains("no patents model", status);
        Assert.Contains("fused score", status);
    }

    [Fact]
    public void A_model_of_another_feature_set_is_not_used()
    {
        using var dir = new TempFolder();
        RerankerStore.Save(dir.Path, Model);

        Assert.Null(RerankerStore.TryLoad(dir.Path, "trademarks", "synthetic-2", out var status));
        Assert.Contains("synthetic-1", status);
        Assert.Contains("synthetic-2", status);
        Assert.Contains("searchengine train trademarks", status);
    }

    [Fact]
    public void A_damaged_model_file_is_reported_not_thrown()
    {
        using var dir = new TempFolder();
        var path = RerankerStore.Save(dir.Path, Model);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..(text.Length / 2)]);

        Assert.Null(RerankerStore.TryLoad(dir.Path, "trademarks", SyntheticRanking.FeatureSetVersion, out var status));
        Assert.Contains("unreadable", status);
    }

    [Fact]
    public void A_failed_save_keeps_the_last_good_model()
    {
        using var dir = new TempFolder();
        var path = RerankerStore.Save(dir.Path, Model);
        var before = File.ReadAllBytes(path);
        // A tree whose child points back to the root cannot be read back, so Save must refuse to install it.
        var broken = new RerankerModel(Model.Metadata, new TreeEnsemble(0, [new DecisionTree(1, [0], [-2], [0], [0.5f], [1, 2])]));

        Assert.ThrowsAny<FormatException>(() => RerankerStore.Save(dir.Path, broken));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
        Assert.NotNull(RerankerStore.TryLoad(dir.Path, "trademarks", SyntheticRanking.FeatureSetVersion, out _));
    }

    [Fact]
    public void Rows_of_the_wrong_width_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Model.Score([new float[3]]));
    }
}
