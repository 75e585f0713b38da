using SearchEngine.Api.Contracts;
using SearchEngine.Api.Errors;
using SearchEngine.Api.Hosting;
using SearchEngine.Ranking;

namespace SearchEngine.Api.Endpoints;

internal static class FeedbackEndpoints
{
    private const int RelevantGrade = 3;

    public static void MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/feedback", (EngineCatalog catalog, FeedbackRequest request) =>
            {
                var collection = RequestLimits.RequiredText(request.Collection, "collection").Trim().ToLowerInvariant();
                var number = RequestLimits.RequiredText(request.Number, "number").Trim();
                var grade = request.Grade ?? (request.Relevant is { } relevant
                    ? relevant ? RelevantGrade : 0
                    : throw ApiProblemException.BadRequest("give a 'grade' (0-4) or 'relevant' (true/false)"));
                // The hit is logged under its own number, whichever of its numbers was sent (a patent also answers to
                // its application and publication numbers), so training finds it among the candidates.
                var hitNumber = collection switch
                {
                    "trademarks" => catalog.Trademarks.Get(number)?.Number,
                    "patents" => catalog.Patents.Get(number)?.Number,
                    _ => throw ApiProblemException.BadRequest($"'collection' must be trademarks or patents, not '{request.Collection}'"),
                } ?? throw ApiProblemException.NotFound($"no {collection[..^1]} numbered '{number}' to judge");

                var entry = new FeedbackEntry(collection, RequestLimits.RequiredText(request.Query, "query").Trim(), hitNumber, grade,
                    string.IsNullOrWhiteSpace(request.User) ? "web" : request.User.Trim(), DateTimeOffset.UtcNow);
                catalog.Feedback.Append(entry); // validates; durable when it returns
                return TypedResults.Created((string?)null, new FeedbackResponse(collection, hitNumber, grade, entry.Time));
            })
            .WithTags("Feedback")
            .WithSummary("Record an examiner's judgement of a hit (training data for the reranker)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
