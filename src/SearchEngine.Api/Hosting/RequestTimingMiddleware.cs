using System.Diagnostics;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// One log line per request with its outcome and duration, so slow queries show up in the server log
/// without a profiler. The query string is logged too: searches are the interesting part.
/// </summary>
internal sealed partial class RequestTimingMiddleware(RequestDelegate next, ILogger<RequestTimingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(logger, context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Response.StatusCode, elapsed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Target} -> {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string target, int status, double elapsedMs);
}
