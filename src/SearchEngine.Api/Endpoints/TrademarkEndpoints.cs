using SearchEngine.Api.Contracts;
using SearchEngine.Api.Errors;
using SearchEngine.Api.Hosting;
using SearchEngine.Classifications.Nice;
using SearchEngine.Classifications;
using SearchEngine.Trademarks.Comparison;
using SearchEngine.Trademarks;

namespace SearchEngine.Api.Endpoints;

internal static class TrademarkEndpoints
{
    private const int DefaultTop = 20;

    public static void MapTrademarkEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/trademarks").WithTags("Trademarks");

        group.MapGet("/search", (EngineCatalog catalog, string? mark, string? classes, string? classFilter, string? status, string? before, int? top, string? vienna, string? viennaCodes, bool? rerank) =>
                Search(catalog, new TrademarkSearchRequest
                {
                    Mark = mark,
                    Classes = [.. NiceClass.ParseList(classes).Select(c => c.Number)],
                    ClassFilter = classFilter,
                    Status = status,
                    Before = before,
                    Top = top,
                    Vienna = vienna,
                    ViennaCodes = viennaCodes,
                    Rerank = rerank,
                }))
            .WithSummary("Earlier marks that could conflict with a mark")
            .WithDescription("classes: comma-separated Nice classes (1-45); classFilter: exact (the default when classes are given), related (also classes that meet in trade) or none (classes only weigh in the score); " +
                             "status: live (default), all, or a list such as registered,expired; before: yyyy-MM-dd; top: 1-200 (default 20); " +
                             "vienna: only marks with a figurative element under these Vienna codes (26, 26.04, 26.04.01; comma-separated; mark may then be left out); " +
                             "viennaCodes: the new mark's own Vienna codes (a similarity feature for figurative marks); " +
                             "rerank: false for the fused order alone (by default a loaded reranker may move each hit by a bounded margin).")
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

    private const int MaxGoodsStatements = 45;

    private static List<GoodsStatement> Goods(IReadOnlyList<GoodsDto>? goods)
    {
        if (goods is null) return [];
        if (goods.Count > MaxGoodsStatements) throw ApiProblemException.BadRequest($"'goods' has {goods.Count} statements; at most {MaxGoodsStatements} (one a class) are accepted");
        var total = goods.Sum(g => (long)(g?.Text?.Length ?? 0));
        if (total > RequestLimits.MaxTextLength) throw ApiProblemException.BadRequest($"'goods' is {total:N0} characters long; at most {RequestLimits.MaxTextLength:N0} are accepted");
        return [.. goods.Where(g => g is not null && !string.IsNullOrWhiteSpace(g.Text)).Select(g => new GoodsStatement(new NiceClass(g.Class), g.Text.Trim()))];
    }

    private static TrademarkSearchResponse Search(EngineCatalog catalog, TrademarkSearchRequest request)
    {
        var vienna = ViennaCode.ParseList(request.Vienna, "'vienna'");
        var viennaCodes = ViennaCode.ParseList(request.ViennaCodes, "'viennaCodes'");
        var figurative = string.IsNullOrWhiteSpace(request.Mark) && (vienna.Count > 0 || viennaCodes.Count > 0);
        var mark = figurative ? "" : RequestLimits.RequiredText(request.Mark, "mark");
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
            Goods = Goods(request.Goods),
            Reranker = request.Rerank == false ? null : catalog.TrademarkModel.Reranker,
            Vienna = vienna,
            ViennaCodes = viennaCodes,
        };
        var result = catalog.Trademarks.Search(query);
        var highlight = new MarkHighlight(mark);
        return new TrademarkSearchResponse(
            mark, [.. classes.Select(c => c.Number)], result.CandidatesCompared, result.RerankerVersion,
            [.. result.Hits.Select(h => h.ToDto(highlight))],
            [.. result.ViennaDivisions.Select(f => new ViennaFacetDto(f.Code, f.Name, f.Count))], result.Matching);
    }
}
