using SearchEngine.Api.Contracts;
using SearchEngine.Api.Errors;
using SearchEngine.Api.Hosting;
using SearchEngine.Trademarks;

namespace SearchEngine.Api.Endpoints;

internal static class TrademarkEndpoints
{
    private const int DefaultTop = 20;

    public static void MapTrademarkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trademarks").WithTags("Trademarks");

        group.MapGet("/search", (EngineCatalog catalog, string? mark, string? classes, string? classFilter, string? status, string? before, int? top, bool? rerank) =>
                Search(catalog, new TrademarkSearchRequest
                {
                    Mark = mark,
                    Classes = [.. NiceClass.ParseList(classes).Select(c => c.Number)],
                    ClassFilter = classFilter,
                    Status = status,
                    Before = before,
                    Top = top,
                    Rerank = rerank,
                }))
            .WithSummary("Earlier marks that could conflict with a mark")
            .WithDescription("classes: comma-separated Nice classes (1-45); classFilter: none (default, classes only weigh in the score), exact or related; " +
                             "status: live (default), all, or a list such as registered,expired; before: yyyy-MM-dd; top: 1-200 (default 20); " +
                             "rerank: false for the hand-fused order (by default the reranker orders the hits when a model is loaded).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/search", (EngineCatalog catalog, TrademarkSearchRequest request) => Search(catalog, request))
            .WithSummary("Conflict search with the goods/services text of the new mark")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{number}", (EngineCatalog catalog, string number) =>
                catalog.Trademarks.Get(number) is { } trademark
                    ? TypedResults.Ok(TrademarkDto.From(trademark))
                    : throw ApiProblemException.NotFound($"no trademark numbered '{number}'"))
            .WithSummary("One register entry by application number")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static TrademarkSearchResponse Search(EngineCatalog catalog, TrademarkSearchRequest request)
    {
        var mark = RequestLimits.RequiredText(request.Mark, "mark");
        var classes = (request.Classes ?? []).Select(n => new NiceClass(n)).Distinct().Order().ToList();
        var query = new ConflictQuery
        {
            Mark = mark,
            Classes = classes,
            ClassFilter = ClassFilterModes.Parse(request.ClassFilter, classes.Count > 0, "'classFilter'"),
            Statuses = MarkStatuses.ParseFilter(request.Status),
            Before = DateBound.Read(request.Before, "'before'"),
            Top = RequestLimits.Top(request.Top, DefaultTop),
            GoodsServices = RequestLimits.OptionalText(request.GoodsServices, "goodsServices"),
            Reranker = request.Rerank == false ? null : catalog.TrademarkModel.Reranker,
        };
        var result = catalog.Trademarks.Search(query);
        var highlight = new MarkHighlight(mark);
        return new TrademarkSearchResponse(
            mark, [.. classes.Select(c => c.Number)], result.CandidatesCompared, result.RerankerVersion,
            [.. result.Hits.Select(h => h.ToDto(highlight))]);
    }
}
