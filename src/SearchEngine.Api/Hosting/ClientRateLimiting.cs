using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// A token bucket per client address (ASP.NET's built-in limiter), so one busy client cannot starve the
/// examiners; refused requests get 429 with a problem body and a Retry-After header.
/// </summary>
internal static class ClientRateLimiting
{
    /// <summary>The policy of <c>POST /api/feedback</c>: judgements per client and minute, on top of the global bucket.</summary>
    public const string FeedbackPolicy = "feedback";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, RateLimitOptions options)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !options.Enabled
                    ? RateLimitPartition.GetNoLimiter("all")
                    : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = Math.Max(1, options.Burst),
                        TokensPerPeriod = Math.Max(1, options.PerSecond),
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.AddPolicy(FeedbackPolicy, context => !options.Enabled
                ? RateLimitPartition.GetNoLimiter("all")
                : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.FeedbackPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (rejected, cancellation) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                else
                {
                    response.Headers.RetryAfter = "1";
                }

                var problems = rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = rejected.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = rejected.HttpContext.Request.Path.StartsWithSegments("/api/feedback")
                            ? $"this client may send {options.FeedbackPerMinute} judgements a minute; retry later"
                            : $"this client may send {options.Burst} requests at once and {options.PerSecond} a second after that; retry later",
                    },
                });
            };
        });
        return services;
    }

    // The remote address identifies the client; behind a proxy, configure forwarded headers so it is the real one.
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
