using SearchEngine.Api.Hosting;

namespace SearchEngine.Api.Endpoints;

internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (EngineCatalog catalog) => TypedResults.Ok(new { status = "ok", indexRoot = catalog.Layout.Root }))
            .WithTags("Health")
            .WithSummary("Document counts, index versions and reranker model status");
    }
}
