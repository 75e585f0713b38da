using SearchEngine.Api.Hosting;
using SearchEngine.Indexing;

namespace SearchEngine.Api.Endpoints;

/// <summary>A collection's state: documents searchable now, the last commit's generation, and its reranker.</summary>
public sealed record CollectionHealth(int Documents, long? IndexVersion, string? ModelVersion, string ModelStatus);

public sealed record HealthResponse(string Status, string IndexRoot, CollectionHealth Trademarks, CollectionHealth Patents);

internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (EngineCatalog catalog) => TypedResults.Ok(new HealthResponse(
                "ok",
                RootName(catalog),
                new CollectionHealth(catalog.Trademarks.Count, IndexVersion.LastCommitGeneration(catalog.Layout.Trademarks),
                    catalog.TrademarkModel.Reranker?.ModelVersion, WithoutRoot(catalog.TrademarkModel.Status, catalog)),
                new CollectionHealth(catalog.Patents.Count, IndexVersion.LastCommitGeneration(catalog.Layout.Patents),
                    catalog.PatentModel.Reranker?.ModelVersion, WithoutRoot(catalog.PatentModel.Status, catalog)))))
            .WithTags("Health")
            .WithSummary("Document counts, index versions and reranker model status");
    }

    // The index root by its name only: an absolute path tells a client how the server's disk is laid out.
    private static string RootName(EngineCatalog catalog) => Path.GetFileName(Path.TrimEndingDirectorySeparator(catalog.Layout.Root));

    private static string WithoutRoot(string status, EngineCatalog catalog) =>
        status.Replace(Path.TrimEndingDirectorySeparator(catalog.Layout.Root), RootName(catalog), StringComparison.Ordinal);
}
