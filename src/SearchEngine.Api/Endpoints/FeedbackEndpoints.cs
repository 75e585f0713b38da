using SearchEngine.Api.Contracts;
using SearchEngine.Api.Errors;
using SearchEngine.Api.Hosting;
using SearchEngine.Ranking;

namespace SearchEngine.Api.Endpoints;

internal static class FeedbackEndpoints
{
    private const int RelevantGrade = 3;
    /// <summary>Characters of a number or an examiner id: each entry stays a short line of the training log.</summary>
    private const int MaxNameLength = 100;

    public static void MapFeedbackEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/feedback", (EngineCatalog catalog, FeedbackRequest request) =>
            {
                var collection = RequestLimits.RequiredText(request.Collection, "collection").Trim().ToLowerInvariant();
                var number = Short(RequestLimits.RequiredText(request.Number, "number").Trim(), "number");
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
                    string.IsNullOrWhiteSpace(request.User) ? "web" : Short(request.User.Trim(), "user"), DateTimeOffset.UtcNow);
                catalog.Feedback.Append(entry); // validates; durable when it returns
                return TypedResults.Created((string?)null, new FeedbackResponse(collection, hitNumber, grade, entry.Time));
            })
            .RequireRateLimiting(ClientRateLimiting.FeedbackPolicy)
            .WithTags("Feedback")
            .WithSummary("Record an examiner's judgement of a hit (training data for the reranker)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static string Short(string value, string name) => value.Length <= MaxNameLength
        ? value
        : throw ApiProblemException.BadRequest($"'{name}' is {value.Length:N0} characters long; at most {MaxNameLength} are accepted");
}
