namespace SearchEngine.Ranking;

/// <summary>
/// A boosted tree ensemble copied out of ML.NET's trained model. Scoring walks plain arrays: it needs no
/// ML.NET pipeline at search time, is thread-safe, and takes microseconds per candidate.
/// </summary>
internal sealed record TreeEnsemble(double Bias, IReadOnlyList<DecisionTree> Trees)
{
    // A plain array: scoring walks 100 rows × hundreds of trees per search, so no enumerators or interface calls.
    private readonly DecisionTree[] _trees = [.. Trees];

    public double Score(float[] features)
    {
        var sum = Bias;
        var trees = _trees;
        for (var i = 0; i < trees.Length; i++) sum += trees[i].Weight * trees[i].Evaluate(features);
        return sum;
    }

    /// <summary>The largest feature index any split reads, so a model can be checked against a feature set.</summary>
    public int MaxFeatureIndex => Trees.SelectMany(t => t.Feature).DefaultIfEmpty(-1).Max();
}

/// <summary>
/// One regression tree in ML.NET's layout: node i sends a row to <see cref="Left"/>[i] when
/// feature[<see cref="Feature"/>[i]] ≤ <see cref="Threshold"/>[i], else to <see cref="Right"/>[i];
/// a negative child c is the leaf ~c.
/// </summary>
internal sealed record DecisionTree(double Weight, int[] Left, int[] Right, int[] Feature, float[] Threshold, double[] Leaves)
{
    public double Evaluate(float[] features)
    {
        if (Left.Length == 0) return Leaves[0]; // a stump: one leaf, no split
        var node = 0;
        while (node >= 0) node = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
        return Leaves[~node];
    }

    /// <summary>Throws when the arrays do not describe a well-formed tree (a damaged or hand-edited model file).</summary>
    public void Check(int featureCount)
    {
        var n = Left.Length;
        if (Right.Length != n || Feature.Length != n || Threshold.Length != n) throw new FormatException("tree arrays differ in length");
        if (Leaves.Length != n + 1) throw new FormatException($"a tree with {n} splits needs {n + 1} leaves, has {Leaves.Length}");
        for (var i = 0; i < n; i++)
        {
            if (Feature[i] < 0 || Feature[i] >= featureCount) throw new FormatException($"split on feature {Feature[i]}, the model has {featureCount}");
            foreach (var child in (int[])[Left[i], Right[i]])
            {
                // Children always point forward, which also rules out cycles.
                if (child >= 0 ? child <= i || child >= n : ~child > n) throw new FormatException($"bad child {child} at node {i}");
            }
        }
    }
}
