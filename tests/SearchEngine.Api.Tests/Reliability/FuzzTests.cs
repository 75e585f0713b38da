using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SearchEngine.Api.Tests.Reliability;

public sealed class FuzzFactory() : ApiFactory(new Dictionary<string, string?>
{
    ["SearchEngine:AdminApiKey"] = FuzzTests.Key,
    // The fuzz run judges robustness, not speed: on a loaded CI machine a heavy search may legitimately outlast
    // the default 2 s budget and get the designed 503, which is what SearchBudgetTests check on their own.
    ["SearchEngine:Searches:TimeoutSeconds"] = "60",
    ["SearchEngine:Searches:HeavyTimeoutSeconds"] = "60",
})
{
    /// <summary>The errors the server logged, so a 5xx is reported with its cause.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(new ErrorCollector(Errors)));
    }

    private sealed class ErrorCollector(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) errors.Enqueue($"{formatter(state, exception)}: {exception?.GetType().Name}: {exception?.Message}");
        }

        public void Dispose() { }
    }
}

/// <summary>
/// Ten thousand seeded random requests over every endpoint: not one may fail on the server's side (5xx) or
/// answer with a stack trace or a .NET type name. Failures are listed with the request that caused them.
/// </summary>
[Collection(UploadSpoolCollection.Name)]
public partial class FuzzTests(FuzzFactory factory) : IClassFixture<FuzzFactory>
{
    public const string Key = "fuzz-key";
    private const int Requests = 10_000;
    private const int Workers = 4;

    [Fact]
    public async Task Ten_thousand_fuzzed_requests_get_no_5xx_and_leak_nothing()
    {
        var client = factory.CreateClient();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var sent = 0;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var requests = new FuzzedRequests(seed: 11 + worker, Key);
            for (var i = 0; i < Requests / Workers; i++)
            {
                using var request = requests.Next();
                var target = $"{request.Method} {request.RequestUri} [{request.Content?.Headers.ContentType}] {(request.Content is null ? "" : System.Text.Encoding.UTF8.GetString(await request.Content.ReadAsByteArrayAsync()))}";
                var reference = FuzzedRequests.IsReference(request);
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                Interlocked.Increment(ref sent);
                if (status >= 500) failures.Add($"{status} for {Cut(target)}: {Cut(body)}");
                else if (body.Contains("   at ", StringComparison.Ordinal)) failures.Add($"stack trace for {Cut(target)}: {Cut(body)}");
                else if (!reference && TypeName().Match(body) is { Success: true } m) failures.Add($"type name '{m.Value}' for {Cut(target)}: {Cut(body)}");
            }
        })));

        Assert.Equal(Requests, sent);
        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers, e.g.:\n{string.Join('\n', failures.Take(10))}\nlogged:\n{string.Join('\n', factory.Errors.Distinct().Take(10))}");
        // The mix reaches both the searches (2xx) and the refusals (4xx), so neither side went untested.
        Assert.True(statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value) > Requests / 10);
        Assert.True(statuses.Where(s => s.Key is >= 400 and < 500).Sum(s => s.Value) > Requests / 10);
    }

    private static string Cut(string? s) => s is null ? "" : s.Length <= 300 ? s : s[..300] + "…";

    [GeneratedRegex(@"\b(System|Microsoft|SearchEngine)\.[A-Z]\w+|\w+Exception\b|\bInt32\b|\bTrademarkSearchRequest\b|\bFeedbackRequest\b|\bPatentSimilarRequest\b")]
    private static partial Regex TypeName();
}
