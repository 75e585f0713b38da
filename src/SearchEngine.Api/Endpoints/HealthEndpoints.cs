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
                // The folder's name only: an absolute path tells a client how the server's disk is laid out.
                Path.GetFileName(Path.TrimEndingDirectorySeparator(catalog.Layout.Root)),
                new CollectionHealth(catalog.Trademarks.Count, IndexVersion.LastCommitGeneration(catalog.Layout.Trademarks),
                    catalog.TrademarkModel.Reranker?.ModelVersion, catalog.TrademarkModel.Status),
                new CollectionHealth(catalog.Patents.Count, IndexVersion.LastCommitGeneration(catalog.Layout.Patents),
                    catalog.PatentModel.Reranker?.ModelVersion, catalog.PatentModel.Status))))
            .WithTags("Health")
            .WithSummary("Document counts, index versions and reranker model status");
    }
}
