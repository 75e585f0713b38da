using SearchEngine.Api.Hosting;
using SearchEngine.Indexing;

namespace SearchEngine.Api.Endpoints;

/// <summary>
/// A collection's state: "ok" or "unavailable" (then <c>Problem</c> says why and <c>Remedy</c> what to run);
/// the committed documents searches see, the last commit's generation, and its reranker.
/// </summary>
public sealed record CollectionHealth(int Documents, long? IndexVersion, string? ModelVersion, string ModelStatus,
    string Status = "ok", string? Problem = null, string? Remedy = null);

public sealed record HealthResponse(string Status, string IndexRoot, CollectionHealth Trademarks, CollectionHealth Patents);

internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (EngineCatalog catalog) =>
            {
                var trademarks = Collection(catalog, "trademarks", catalog.Layout.Trademarks, catalog.TrademarkModel, () => catalog.Trademarks.Count);
                var patents = Collection(catalog, "patents", catalog.Layout.Patents, catalog.PatentModel, () => catalog.Patents.Count);
                var served = trademarks.Problem is null && patents.Problem is null;
                // 503 as soon as one collection is refused: a load balancer or an examiner's script must not read "ok".
                return TypedResults.Json(new HealthResponse(served ? "ok" : "unavailable", RootName(catalog), trademarks, patents),
                    statusCode: served ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .WithTags("Health")
            .WithSummary("Committed document counts, index versions and reranker model status; 503 when a collection is refused")
            .Produces<HealthResponse>()
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
    }

    private static CollectionHealth Collection(EngineCatalog catalog, string name, string folder, ModelState model, Func<int> count)
    {
        if (catalog.Recheck(name) is { } refused)
        {
            return new CollectionHealth(0, null, model.Reranker?.ModelVersion, WithoutRoot(model.Status, catalog), "unavailable", WithoutRoot(refused.Problem, catalog), WithoutRoot(refused.Remedy, catalog));
        }

        return new CollectionHealth(count(), IndexVersion.LastCommitGeneration(folder), model.Reranker?.ModelVersion, WithoutRoot(model.Status, catalog));
    }

    // The index root by its name only: an absolute path tells a client how the server's disk is laid out.
    private static string RootName(EngineCatalog catalog) => Path.GetFileName(Path.TrimEndingDirectorySeparator(catalog.Layout.Root));

    private static string WithoutRoot(string status, EngineCatalog catalog) =>
        status.Replace(Path.TrimEndingDirectorySeparator(catalog.Layout.Root), RootName(catalog), StringComparison.Ordinal);
}
