using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using SearchEngine.Indexing;

namespace SearchEngine.Api.Errors;

/// <summary>
/// Maps every exception to a problem+json answer. User-facing problems keep their message (it names the
/// problem); anything else becomes a bare 500 and is logged here, so no stack trace reaches a client.
/// </summary>
internal sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            ApiProblemException p => (p.StatusCode, p.Title, p.Message),
            IndexUnavailableException unavailable => (StatusCodes.Status503ServiceUnavailable, "Service unavailable", unavailable.Problem),
            SearchBudgetExceededException budget => (StatusCodes.Status503ServiceUnavailable, "Service unavailable", budget.Message),
            InputLimitException { TooLarge: true } large => (StatusCodes.Status413PayloadTooLarge, "Payload too large", large.Message),
            SearchEngineException e => (StatusCodes.Status400BadRequest, "Bad request", e.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "Payload too large", "the request body is larger than this endpoint accepts"),
            BadHttpRequestException b => (b.StatusCode, b.StatusCode == StatusCodes.Status415UnsupportedMediaType ? "Unsupported media type" : "Bad request",
                BindingProblem.Describe(b)),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested =>
                (499, "Client closed request", "the client went away"),
            _ => (StatusCodes.Status500InternalServerError, "Internal server error",
                "the server failed to answer this request; the error is in the server log"),
        };

        if (status == StatusCodes.Status500InternalServerError) LogUnexpected(logger, exception, context.Request.Path);
        if (context.Response.HasStarted) return false;

        context.Response.StatusCode = status;
        // Busy and over-budget answers say when to come back, as the rate limiter's 429 does.
        if (status == StatusCodes.Status503ServiceUnavailable) context.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
