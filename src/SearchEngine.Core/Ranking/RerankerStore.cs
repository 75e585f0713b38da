namespace SearchEngine.Ranking;

/// <summary>
/// CONTRACT STUB (owned by the reranking work, which replaces the body; keep the signature).
/// Loads the saved model of a collection ("trademarks" or "patents") from the models folder.
/// Returns null, with a human-readable reason in <paramref name="status"/>, when there is no model or
/// its feature-set version does not match <paramref name="featureSetVersion"/>.
/// </summary>
public static class RerankerStore
{
    public static IReranker? TryLoad(string modelsFolder, string collection, string featureSetVersion, out string status)
    {
        status = $"no {collection} model in {modelsFolder}: using the fused score";
        return null;
    }
}
