using System.Text.Json;

namespace SearchEngine.Ranking;

/// <summary>
/// Saves and loads a collection's reranker as one JSON file, <c>models/&lt;collection&gt;/reranker.json</c>.
/// Saving writes a temporary file, reads it back and only then renames it over the old one, so a failed
/// or interrupted training never replaces the last good model.
/// </summary>
public static class RerankerStore
{
    public const string FileName = "reranker.json";
    private const string Format = "searchengine-reranker/1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string ModelPath(string modelsFolder, string collection) => Path.Combine(modelsFolder, collection, FileName);

    /// <summary>
    /// Loads the saved model of a collection ("trademarks" or "patents") from the models folder.
    /// Returns null, with a human-readable reason in <paramref name="status"/>, when there is no model or
    /// its feature-set version does not match <paramref name="featureSetVersion"/>.
    /// </summary>
    public static IReranker? TryLoad(string modelsFolder, string collection, string featureSetVersion, out string status)
    {
        var path = ModelPath(modelsFolder, collection);
        if (!File.Exists(path))
        {
            status = $"no {collection} model in {modelsFolder}: using the fused score";
            return null;
        }

        RerankerModel model;
        try
        {
            model = Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or NotSupportedException)
        {
            status = $"the {collection} model at {path} is unreadable ({e.Message}): using the fused score";
            return null;
        }

        if (model.Metadata.Collection != collection)
        {
            status = $"the model at {path} is for {model.Metadata.Collection}, not {collection}: using the fused score";
            return null;
        }

        if (model.FeatureSetVersion != featureSetVersion)
        {
            status = $"the {collection} model {model.ModelVersion} was trained on feature set {model.FeatureSetVersion}, search computes " +
                     $"{featureSetVersion}: using the fused score (retrain with 'searchengine train {collection}')";
            return null;
        }

        status = model.Describe();
        return model;
    }

    /// <summary>Reads a model file, checking its format and tree structure; throws on anything malformed.</summary>
    internal static RerankerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    internal static RerankerModel Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(stream, Json) ?? throw new FormatException("empty model file");
        if (file.Format != Format) throw new FormatException($"format '{file.Format}', expected '{Format}'");
        if (file.Metadata is null || file.Ensemble is null) throw new FormatException("metadata or trees missing");
        foreach (var tree in file.Ensemble.Trees) tree.Check(file.Metadata.FeatureNames.Count);
        return new RerankerModel(file.Metadata, file.Ensemble);
    }

    /// <summary>Writes the model atomically: temp file, fsync, read back, rename over the old model.</summary>
    internal static string Save(string modelsFolder, RerankerModel model)
    {
        var path = ModelPath(modelsFolder, model.Metadata.Collection);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                JsonSerializer.Serialize(stream, new ModelFile(Format, model.Metadata, model.Ensemble), Json);
                stream.Flush(flushToDisk: true);
            }

            Load(temp); // never install a file that does not load
            File.Move(temp, path, overwrite: true);
            return path;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private sealed record ModelFile(string Format, RerankerMetadata? Metadata, TreeEnsemble? Ensemble);
}
