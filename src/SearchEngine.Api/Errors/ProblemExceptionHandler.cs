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
            SearchEngineException e => (StatusCodes.Status400BadRequest, "Bad request", e.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "Payload too large", "the request body is larger than this endpoint accepts"),
            BadHttpRequestException b => (b.StatusCode, "Bad request", BadRequestDetail(b)),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested =>
                (499, "Client closed request", "the client went away"),
            _ => (StatusCodes.Status500InternalServerError, "Internal server error",
                "the server failed to answer this request; the error is in the server log"),
        };

        if (status == StatusCodes.Status500InternalServerError) LogUnexpected(logger, exception, context.Request.Path);
        if (context.Response.HasStarted) return false;

        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    // Model binding failures (a JSON body that does not parse, a number where a list was expected)
    // arrive as BadHttpRequestException whose message names the parameter; the inner JSON error says where.
    private static string BadRequestDetail(BadHttpRequestException e) =>
        e.InnerException is System.Text.Json.JsonException json ? $"{e.Message} {json.Message}" : e.Message;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
