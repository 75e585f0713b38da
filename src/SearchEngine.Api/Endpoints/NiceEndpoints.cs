using SearchEngine.Api.Contracts;
using SearchEngine.Api.Errors;
using SearchEngine.Classifications.Nice;

namespace SearchEngine.Api.Endpoints;

internal static class NiceEndpoints
{
    public static void MapNiceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/nice").WithTags("Nice classification")
            .MapPost("/suggest", (NiceSuggestRequest request) => Suggest(request))
            .WithSummary("Nice classes for a goods and services text, with the terms supporting each")
            .WithDescription("text: goods or services in English or Vietnamese, items separated by ';' or ','; top: 1-45 (default 5).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static NiceSuggestResponse Suggest(NiceSuggestRequest request)
    {
        var text = RequestLimits.RequiredText(request.Text, "text");
        var top = RequestLimits.Top(request.Top, ClassSuggester.DefaultTop, max: 45);
        if (GoodsList.LooksBinary(text)) throw ApiProblemException.BadRequest("'text' holds control characters or undecodable bytes: send goods text, not binary data");
        var suggester = ClassSuggester.Default;
        var items = GoodsList.Split(text).Count;
        var classes = suggester.Suggest(text, top);
        var language = ClassSuggester.LanguageOf(text) == GoodsLanguage.English ? "en" : "vi";
        var dtos = classes.Select(s =>
        {
            var heading = suggester.Classification.Heading(s.Class);
            return new NiceClassSuggestionDto(s.Class.Number, s.Score, heading.English, heading.Vietnamese,
                [.. s.Terms.Select(t => new NiceTermDto(t.Text, t.BasicNumber, t.Language == GoodsLanguage.English ? "en" : "vi"))]);
        }).ToList();
        var note = dtos.Count > 0 ? null : "no Nice term matched: write the goods or services in English or Vietnamese, e.g. \"cà phê rang xay; bánh quy\"";
        return new NiceSuggestResponse(language, items, dtos, note);
    }
}
