using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

/// <summary>
/// Query groups where relevance follows a non-linear rule over features 1 and 2 that the fused score
/// (mostly feature 0, a noisy proxy) only partly captures, and feature 3 is pure noise: a model that
/// learns anything must beat the fused order and should rank feature 3 as unimportant.
/// </summary>
internal static class SyntheticRanking
{
    public static readonly string[] FeatureNames = ["proxy", "shape", "gate", "noise"];
    public const string FeatureSetVersion = "synthetic-1";

    public static RankingDataset Dataset(int queries = 80, int candidates = 25, int seed = 1) =>
        new("trademarks", FeatureSetVersion, FeatureNames, Groups(queries, candidates, seed));

    public static List<RankingGroup> Groups(int queries, int candidates, int seed)
    {
        var random = new Random(seed);
        var groups = new List<RankingGroup>();
        for (var q = 0; q < queries; q++)
        {
            var rows = new List<RankingCandidate>();
            for (var c = 0; c < candidates; c++)
            {
                var shape = random.NextSingle();
                var gate = random.NextSingle();
                var grade = shape > 0.75f && gate < 0.5f ? (shape > 0.9f ? 4 : 2) : 0;
                var proxy = Math.Clamp(0.4f * grade / 4f + 0.6f * random.NextSingle(), 0, 1);
                rows.Add(new RankingCandidate($"d{q}-{c}", [proxy, shape, gate, random.NextSingle()], proxy * 100, grade));
            }

            // The engine hands candidates over sorted by its fused score.
            groups.Add(new RankingGroup($"q{q}", rows.OrderByDescending(r => r.FusedScore).ToList()));
        }

        return groups;
    }

    public static TrainingOptions FastOptions(RankerAlgorithm algorithm = RankerAlgorithm.LightGbm) => new()
    {
        Algorithm = algorithm,
        Trees = 40,
        LeavesPerTree = 8,
        MinRowsPerLeaf = 5,
        LearningRate = 0.2,
        ImportancePermutations = 1,
    };
}
