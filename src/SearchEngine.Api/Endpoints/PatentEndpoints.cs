using SearchEngine.Api.Contracts;
using SearchEngine.Api.Errors;
using SearchEngine.Api.Hosting;
using SearchEngine.Patents;

namespace SearchEngine.Api.Endpoints;

internal static class PatentEndpoints
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 100;
    private const int DefaultSimilarTop = 10;

    public static void MapPatentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/patents").WithTags("Patents");

        group.MapGet("/search", Search)
            .WithSummary("Prior-art search in the query language, with facets and highlighted passages")
            .WithDescription("q: words (translated Vietnamese <-> English unless translate=false), \"phrases\", AND/OR/NOT, NEARn/ADJn, field codes TI: AB: CL: DE: PA: IN: IC: PD: AN:, trailing *; " +
                             "ipc: IPC symbol or prefix; from/to: yyyy, yyyy-mm or yyyy-mm-dd (the first or last day it covers); sort: relevance (default), newest, oldest; page from 1; pageSize 1-100.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/analytics", Analytics)
            .WithSummary("Landscape of a query: filings per year, top applicants, IPC subclasses and groups, priority countries")
            .WithDescription("Same q/ipc/from/to/translate as search; top: values per dimension (1-200, default 15); format: json (default) or csv " +
                             $"(rows dimension,value,count). Counts cover the best {PatentLibrary.MaxLandscapeDocuments:N0} matches at most (see 'counted').")
            .Produces<PatentLandscapeResponse>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/similar", Similar)
            .WithSummary("Prior art like a pasted text; answers with the terms it searched")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{number}", (EngineCatalog catalog, string number) =>
                catalog.Patents.Get(number) is { } record
                    ? TypedResults.Ok(PatentDto.From(record))
                    : throw ApiProblemException.NotFound($"no patent document numbered '{number}'"))
            .WithSummary("One patent document by number (application, publication or grant number)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static PatentSearchResponse Search(EngineCatalog catalog, string? q, string? ipc, string? from, string? to, string? sort, int? page, int? pageSize,
        bool? translate)
    {
        var query = Query(q, ipc, from, to, translate) with
        {
            Sort = PatentSorts.Parse(sort, "'sort'"),
            Page = RequestLimits.Page(page),
            PageSize = pageSize is { } size && (size < 1 || size > MaxPageSize)
                ? throw ApiProblemException.BadRequest($"'pageSize' must be from 1 to {MaxPageSize}, not {size}")
                : pageSize ?? DefaultPageSize,
        };
        var result = catalog.Patents.Search(query, catalog.PatentModel.Reranker);
        return new PatentSearchResponse(result.Total, result.Page, result.PageSize, result.RerankStatus,
            [.. result.Hits.Select(h => h.ToDto())], result.Facets.ToDtos(), [.. result.Translations.Select(t => t.ToDto())], result.Notice,
            [.. result.Suggestions.Select(s => new SpellingSuggestionDto(s.Word, s.Suggestion))]);
    }

    private static IResult Analytics(EngineCatalog catalog, string? q, string? ipc, string? from, string? to, bool? translate, int? top, string? format)
    {
        var csv = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => false,
            "csv" => true,
            _ => throw ApiProblemException.BadRequest($"'format' must be json or csv, not '{format}'"),
        };
        var landscape = catalog.Patents.Landscape(Query(q, ipc, from, to, translate), RequestLimits.Top(top, 15, PatentLibrary.MaxPageSize));
        return csv
            ? TypedResults.Text(landscape.ToCsv(), "text/csv; charset=utf-8")
            : TypedResults.Ok(landscape.ToDto());
    }

    private static PatentQuery Query(string? q, string? ipc, string? from, string? to, bool? translate) => new(RequestLimits.RequiredText(q, "q"))
    {
        Ipc = RequestLimits.OptionalText(ipc, "ipc"),
        From = DateBound.Read(from, "'from'"),
        To = DateBound.Read(to, "'to'", lastDay: true),
        Translate = translate ?? true,
    };

    private static PatentSimilarResponse Similar(EngineCatalog catalog, PatentSimilarRequest request)
    {
        var text = RequestLimits.RequiredText(request.Text, "text");
        var top = RequestLimits.Top(request.Top, DefaultSimilarTop);
        var result = catalog.Patents.Similar(text, top, RequestLimits.OptionalText(request.Exclude, "exclude"), catalog.PatentModel.Reranker);
        return new PatentSimilarResponse(
            result.Language,
            [.. result.Terms.Select(t => t.Surface)],
            [.. result.Terms.Select(t => new SimilarTermDto(t.Term, t.Surface, Math.Round(t.Weight, 3)))],
            result.Total,
            [.. result.Hits.Select(h => h.ToDto())]);
    }
}
