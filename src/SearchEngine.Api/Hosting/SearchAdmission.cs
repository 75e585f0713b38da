using SearchEngine.Api.Errors;
using SearchEngine.Indexing;
using SearchEngine.Patents.QueryLanguage;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Gives each search request a slot in a bounded pool, heavy searches also one in a smaller pool, and, once
/// it runs, its <see cref="SearchBudget"/> (tied to the client's connection, so a search stops when its client
/// hangs up). A request that finds no slot within the ordinary budget is answered 503 with Retry-After,
/// rather than queueing behind work that would answer it too late anyway.
/// </summary>
internal sealed class SearchAdmission
{
    private static readonly PathString[] SearchPaths = ["/api/trademarks/search", "/api/patents/search", "/api/patents/similar"];

    private readonly RequestDelegate _next;
    private readonly SearchLimitOptions _options;
    private readonly SemaphoreSlim _all;
    private readonly SemaphoreSlim _heavy;

    public SearchAdmission(RequestDelegate next, ApiOptions options)
    {
        _next = next;
        _options = options.Searches;
        var cores = Environment.ProcessorCount;
        _all = new SemaphoreSlim(_options.MaxConcurrent > 0 ? _options.MaxConcurrent : 8 * cores);
        _heavy = new SemaphoreSlim(_options.MaxConcurrentHeavy > 0 ? _options.MaxConcurrentHeavy : Math.Max(1, cores / 2));
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsSearch(context.Request.Path))
        {
            await _next(context);
            return;
        }

        // Over-long text is left to the endpoint, which names the parameter and its limit.
        if (context.Request.Path.Equals("/api/patents/search", StringComparison.OrdinalIgnoreCase) && context.Request.Query["q"].ToString() is { Length: > 0 and <= Endpoints.RequestLimits.MaxTextLength } q)
        {
            QueryCostLimits.Check(q);
        }

        var heavy = IsHeavy(context.Request);
        // Waiting for a slot is bounded by the ordinary budget; the search's own budget starts once it runs.
        var wait = TimeSpan.FromSeconds(_options.TimeoutSeconds);
        if (heavy && !await _heavy.WaitAsync(wait, context.RequestAborted)) throw Busy("the heavy searches (NEAR/ADJ, wildcards, like-this text) ahead of this one did not finish in time");
        try
        {
            if (!await _all.WaitAsync(wait, context.RequestAborted)) throw Busy("every search slot stayed busy");
            try
            {
                using var budget = SearchBudget.Start(TimeSpan.FromSeconds(heavy ? _options.HeavyTimeoutSeconds : _options.TimeoutSeconds), context.RequestAborted);
                await _next(context);
            }
            finally
            {
                _all.Release();
            }
        }
        finally
        {
            if (heavy) _heavy.Release();
        }
    }

    private static bool IsSearch(PathString path) => SearchPaths.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>Judged from what the request shows before it is read: the path and the query string.</summary>
    internal static bool IsHeavy(HttpRequest request)
    {
        if (request.Path.Equals("/api/patents/similar", StringComparison.OrdinalIgnoreCase)) return true;
        if (!request.Path.Equals("/api/patents/search", StringComparison.OrdinalIgnoreCase)) return false;
        // One wildcard or one NEAR is an examiner's everyday query; several of them nest span queries and
        // expand prefixes per field and language, which is what makes a query cost seconds.
        var q = request.Query["q"].ToString();
        var costly = q.Count(c => c == '*') + Occurrences(q, "NEAR") + Occurrences(q, "ADJ");
        return q.Length > 200 || costly >= HeavyOperators;
    }

    /// <summary>Wildcards and NEAR/ADJ operators from which a patent query counts as heavy.</summary>
    internal const int HeavyOperators = 3;

    private static int Occurrences(string text, string word)
    {
        var n = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    private static ApiProblemException Busy(string why) =>
        new(StatusCodes.Status503ServiceUnavailable, "Service unavailable", $"the server is busy: {why}; retry in a moment");
}
