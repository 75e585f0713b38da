using System.Security.Cryptography;
using System.Text;
using SearchEngine.Api.Errors;
using SearchEngine.Api.Hosting;
using SearchEngine.Indexing;

namespace SearchEngine.Api.Endpoints;

internal static class AdminEndpoints
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Maps the admin endpoints only when an API key is configured: with none they do not exist (404).</summary>
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app, ApiOptions options)
    {
        if (string.IsNullOrEmpty(options.AdminApiKey)) return;
        var expected = Encoding.UTF8.GetBytes(options.AdminApiKey);

        var group = app.MapGroup("/api/admin").WithTags("Admin")
            .AddEndpointFilter(async (context, next) =>
            {
                var given = context.HttpContext.Request.Headers[ApiKeyHeader].ToString();
                if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected))
                {
                    throw new ApiProblemException(StatusCodes.Status401Unauthorized, "Unauthorized",
                        $"admin calls need the configured API key in the {ApiKeyHeader} header");
                }

                return await next(context);
            });

        group.MapPost("/import", async (HttpRequest request, UploadImporter importer, string? collection, string? format, string? name, CancellationToken cancel) =>
                TypedResults.Ok(await importer.ImportAsync(collection ?? "trademarks", format, name, request, cancel)))
            .WithSummary("Import an uploaded file (request body): trademarks as JSON Lines, CSV, WIPO ST.66/ST.96 or USPTO daily XML, a WIPO Publish page or EUIPO JSON, patents as USPTO grant XML or IP Viet Nam JSON Lines")
            .WithDescription("collection: trademarks (default) or patents; format: jsonl, csv, xml, html or euipo for trademarks (else recognised by content); " +
                             "name: the file name shown in problem reports. The body is the file itself, whatever its Content-Type; gzipped bodies are accepted. Needs the X-Api-Key header.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        // Only the process holding the writers can pin a consistent commit, so the snapshot is taken here and
        // streamed; `searchengine backup --server URL --to DIR` unpacks and checks it.
        group.MapPost("/backup", async (HttpContext http, EngineCatalog catalog, CancellationToken cancel) =>
            {
                var snapshots = new List<IndexSnapshot>();
                try
                {
                    if (catalog.TrademarkRefusal is null) snapshots.Add(catalog.Trademarks.Snapshot());
                    if (catalog.PatentRefusal is null) snapshots.Add(catalog.Patents.Snapshot());
                    if (snapshots.Count == 0) throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, "Service unavailable", "no collection is served: nothing to back up");
                    http.Response.ContentType = "application/x-tar";
                    http.Response.Headers.ContentDisposition = "attachment; filename=\"searchengine-backup.tar\"";
                    await IndexBackup.WriteArchiveAsync(snapshots, catalog.Layout, http.Response.Body, cancel);
                }
                finally
                {
                    foreach (var s in snapshots) s.Dispose();
                }
            })
            .WithSummary("A consistent snapshot of every served index, models and feedback, as a tar archive")
            .WithDescription("The commits stay pinned while the archive streams, so imports may go on. Unpack and check it with `searchengine backup --server URL --to DIR`. Needs the X-Api-Key header.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-tar")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/export/trademarks", (EngineCatalog catalog, CancellationToken cancel) => Results.Stream(async body =>
            {
                // Kestrel refuses synchronous writes: each line goes out with WriteAsync, buffered by the writer.
                await using var writer = new StreamWriter(body, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
                foreach (var line in catalog.Trademarks.ExportLines())
                {
                    cancel.ThrowIfCancellationRequested();
                    await writer.WriteAsync(line);
                    await writer.WriteAsync('\n');
                }
            }, "application/x-ndjson", "trademarks.jsonl"))
            .WithSummary("The trademark register as JSON Lines in the import format, streamed")
            .WithDescription("Importing the file gives the same records. Needs the X-Api-Key header.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }
}
