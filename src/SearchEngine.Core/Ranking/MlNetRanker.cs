using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace SearchEngine.Ranking;

/// <summary>
/// The ML.NET side of training: turns query groups into an IDataView, fits a LambdaRank tree ensemble,
/// copies the trees out, and measures permutation feature importance. Nothing outside this class sees ML.NET.
/// </summary>
internal sealed class MlNetRanker
{
    private const string Label = "Label", GroupId = "GroupId", Features = "Features";

    private readonly MLContext _ml;
    private readonly TrainingOptions _options;
    private readonly int _featureCount;

    private readonly int[] _excluded;

    public MlNetRanker(TrainingOptions options, IReadOnlyList<string> featureNames)
    {
        _options = options;
        _featureCount = featureNames.Count;
        _excluded = options.ExcludedFeatures.Select(name =>
        {
            var i = featureNames.ToList().IndexOf(name);
            return i >= 0 ? i : throw new SearchEngineException($"no feature '{name}' to exclude; the features are {string.Join(", ", featureNames)}");
        }).ToArray();
        _ml = new MLContext(options.Seed);
    }

    /// <summary>
    /// Rows of each group stay contiguous (ranking trainers require it) but are shuffled inside the group:
    /// candidates arrive sorted by the fused score, and a sorted group hands the learner its labels' order.
    /// </summary>
    public IDataView ToDataView(IReadOnlyList<RankingGroup> groups)
    {
        var random = new Random(_options.Seed);
        var rows = new List<Row>(groups.Sum(g => g.Candidates.Count));
        for (var g = 0; g < groups.Count; g++)
        {
            var shuffled = groups[g].Candidates.ToArray();
            random.Shuffle(shuffled);
            foreach (var c in shuffled) rows.Add(new Row { Label = c.Grade, GroupId = (uint)g + 1, Features = Masked(c.Features) });
        }

        var schema = SchemaDefinition.Create(typeof(Row));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, _featureCount);
        schema[GroupId].ColumnType = new KeyDataViewType(typeof(uint), Math.Max(1, groups.Count));
        return _ml.Data.LoadFromEnumerable(rows, schema);
    }

    private float[] Masked(float[] features)
    {
        if (_excluded.Length == 0) return features;
        var copy = (float[])features.Clone();
        foreach (var i in _excluded) copy[i] = 0;
        return copy;
    }

    /// <summary>
    /// Fits the ensemble on <paramref name="rows"/> training rows. The leaf minimum shrinks with small data
    /// (at most one leaf per 50 rows' worth), or a few dozen rows would leave every tree without a split.
    /// </summary>
    public Fitted Fit(RankerAlgorithm algorithm, IDataView data, int rows)
    {
        var minLeaf = Math.Min(_options.MinRowsPerLeaf, Math.Max(2, rows / 50));
        try
        {
            return FitWithLeafMinimum(algorithm, data, minLeaf);
        }
        catch (ArgumentNullException)
        {
            // ML.NET cannot expose a tree that never split: the data held nothing to split on.
            throw new SearchEngineException($"the trainer found nothing to split on in {rows} rows: give more judged queries");
        }
    }

    private Fitted FitWithLeafMinimum(RankerAlgorithm algorithm, IDataView data, int minLeaf) => algorithm switch
    {
        RankerAlgorithm.LightGbm => Wrap(_ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
        {
            LabelColumnName = Label,
            RowGroupColumnName = GroupId,
            FeatureColumnName = Features,
            NumberOfIterations = _options.Trees,
            NumberOfLeaves = _options.LeavesPerTree,
            MinimumExampleCountPerLeaf = minLeaf,
            LearningRate = _options.LearningRate,
            Seed = _options.Seed,
            NumberOfThreads = 1, // deterministic, and polite on a shared machine
            Verbose = false,
            Silent = true,
        }).Fit(data)),
        RankerAlgorithm.FastTree => Wrap(_ml.Ranking.Trainers.FastTree(new FastTreeRankingTrainer.Options
        {
            LabelColumnName = Label,
            RowGroupColumnName = GroupId,
            FeatureColumnName = Features,
            NumberOfTrees = _options.Trees,
            NumberOfLeaves = _options.LeavesPerTree,
            MinimumExampleCountPerLeaf = minLeaf,
            LearningRate = _options.LearningRate,
            NumberOfThreads = 1,
        }).Fit(data)),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    private Fitted Wrap<TModel>(RankingPredictionTransformer<TModel> transformer)
        where TModel : TreeEnsembleModelParametersBasedOnRegressionTree =>
        new(transformer, ToEnsemble(transformer.Model.TrainedTreeEnsemble), data => Importance(transformer, data));

    private static TreeEnsemble ToEnsemble(TreeEnsemble<RegressionTree> trained)
    {
        var trees = new List<DecisionTree>(trained.Trees.Count);
        for (var i = 0; i < trained.Trees.Count; i++)
        {
            var t = trained.Trees[i];
            if (t.CategoricalSplitFlags.Any(f => f)) throw new NotSupportedException("categorical splits are not used by rerankers");
            trees.Add(new DecisionTree(trained.TreeWeights[i], [.. t.LeftChild], [.. t.RightChild],
                [.. t.NumericalSplitFeatureIndexes], [.. t.NumericalSplitThresholds], [.. t.LeafValues]));
        }

        return new TreeEnsemble(trained.Bias, trees);
    }

    private double[] Importance<TModel>(ISingleFeaturePredictionTransformer<TModel> transformer, IDataView data)
        where TModel : class
    {
        var stats = _ml.Ranking.PermutationFeatureImportance(transformer, data, Label, GroupId,
            permutationCount: _options.ImportancePermutations);
        // PFI reports the change of each metric; NDCG at the last truncation level (10) falling is importance.
        return stats.Select(s => -s.NormalizedDiscountedCumulativeGains[^1].Mean).ToArray();
    }

    /// <summary>ML.NET's own scores for every row, in data-view order (tests compare them with the copied trees).</summary>
    public float[] ScoreWithMlNet(ITransformer transformer, IDataView data) =>
        transformer.Transform(data).GetColumn<float>("Score").ToArray();

    internal sealed record Fitted(ITransformer Transformer, TreeEnsemble Ensemble, Func<IDataView, double[]> FeatureImportance);

    private sealed class Row
    {
        public float Label { get; set; }
        public uint GroupId { get; set; }
        public float[] Features { get; set; } = [];
    }
}
