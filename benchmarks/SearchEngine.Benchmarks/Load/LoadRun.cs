using System.Diagnostics;
using System.Globalization;
using System.Net;
using SearchEngine.Evaluation;

namespace SearchEngine.Benchmarks.Load;

/// <summary>
/// A bounded closed-loop load run against a server on this machine: N clients each send one search,
/// wait for the whole answer, and send the next, for a fixed time after a short warm-up. Prints
/// requests/s, latency percentiles and every non-2xx status. Only loopback addresses are accepted.
/// Usage: load --url http://127.0.0.1:5080 --target trademarks|patents [--clients 16] [--seconds 30]
///             [--warmup 3] [--queries FILE (one query a line)] [--costly N (costly requests a second, beside the clients)]
/// </summary>
public static class LoadRun
{
    private const int MaxClients = 64;
    private const int MaxSeconds = 120;

    public static async Task<int> RunAsync(string[] args)
    {
        LoadSettings settings;
        try
        {
            settings = LoadSettings.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"load: {e.Message}");
            Console.Error.WriteLine("usage: load --url http://127.0.0.1:PORT --target trademarks|patents [--clients 16] [--seconds 30] [--warmup 3] [--queries FILE] [--costly N]");
            return 2;
        }

        var targets = settings.Queries.Select(q => settings.Target == "patents"
            ? $"{settings.Url}/api/patents/search?q={Uri.EscapeDataString(q)}"
            : $"{settings.Url}/api/trademarks/search?mark={Uri.EscapeDataString(q)}&top=20").ToArray();

        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.Clients + (settings.Costly > 0 ? 32 : 0),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
        })
        { Timeout = TimeSpan.FromSeconds(30) };

        Console.WriteLine($"load: {settings.Target} search on {settings.Url}, {settings.Clients} clients, {settings.Seconds} s (+{settings.Warmup} s warm-up), {targets.Length} distinct queries" +
                          (settings.Costly > 0 ? $", {settings.Costly} costly request(s) a second" : ""));
        var warmupEnds = Stopwatch.GetTimestamp() + (long)(settings.Warmup * Stopwatch.Frequency);
        var runEnds = warmupEnds + (long)(settings.Seconds * Stopwatch.Frequency);
        var clients = Enumerable.Range(0, settings.Clients)
            .Select(i => Task.Run(() => Client(http, targets, i, warmupEnds, runEnds)))
            .ToArray();
        var costly = settings.Costly > 0 ? Costly(http, settings.Url, settings.Costly, warmupEnds, runEnds) : Task.FromResult(new List<(string, string, double)>());
        var results = await Task.WhenAll(clients);

        var latencies = results.SelectMany(r => r.LatenciesMs).ToArray();
        Array.Sort(latencies);
        var statuses = results.SelectMany(r => r.Failures).GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
        var errors = statuses.Values.Sum();
        var total = latencies.Length + errors;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"requests: {total} in {settings.Seconds} s = {total / settings.Seconds:F1} requests/s; errors: {errors}"));
        if (latencies.Length > 0)
        {
            Console.WriteLine(string.Create(inv,
                $"latency ms: p50 {Latencies.Percentile(latencies, 50):F1}  p95 {Latencies.Percentile(latencies, 95):F1}  p99 {Latencies.Percentile(latencies, 99):F1}  max {latencies[^1]:F1}  (of {latencies.Length} successful)"));
        }

        foreach (var (status, count) in statuses.OrderBy(s => s.Key, StringComparer.Ordinal)) Console.WriteLine($"  {status}: {count}");
        foreach (var group in (await costly).GroupBy(c => c.Item1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ms = group.Select(c => c.Item3).Order().ToArray();
            var outcome = string.Join(", ", group.GroupBy(c => c.Item2).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
            Console.WriteLine(string.Create(inv, $"costly {group.Key}: {ms.Length} sent, {outcome}; ms p50 {Latencies.Percentile(ms, 50):F1} max {ms[^1]:F1}"));
        }

        return errors == 0 && total > 0 ? 0 : 1;
    }

    /// <summary>
    /// Open loop: a costly request every 1/N s whether or not the previous ones have been answered, as an
    /// attacker sends them; each one's status and time are kept apart from the clients' figures.
    /// </summary>
    private static async Task<List<(string Label, string Outcome, double Ms)>> Costly(HttpClient http, string url, int perSecond, long warmupEnds, long runEnds)
    {
        var shapes = CostlyQueries.All();
        var sent = new List<Task<(string, string, double)>>();
        var period = TimeSpan.FromSeconds(1.0 / perSecond);
        while (Stopwatch.GetTimestamp() < warmupEnds) await Task.Delay(50);
        for (var i = 0; Stopwatch.GetTimestamp() < runEnds; i++)
        {
            var shape = shapes[i % shapes.Count];
            sent.Add(Task.Run(async () =>
            {
                var started = Stopwatch.GetTimestamp();
                using var request = new HttpRequestMessage(shape.Method, url + shape.PathAndQuery);
                if (shape.JsonBody is not null) request.Content = new StringContent(shape.JsonBody, System.Text.Encoding.UTF8, "application/json");
                string outcome;
                try
                {
                    using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                    outcome = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    outcome = e.GetType().Name;
                }

                return (shape.Label, outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }));
            await Task.Delay(period);
        }

        return [.. await Task.WhenAll(sent)];
    }

    private sealed record ClientResult(List<double> LatenciesMs, List<string> Failures);

    private static async Task<ClientResult> Client(HttpClient http, string[] targets, int client, long warmupEnds, long runEnds)
    {
        var latencies = new List<double>(4096);
        var failures = new List<string>();
        var next = client * 7919; // clients start at different queries
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            if (started >= runEnds) break;
            var url = targets[next++ % targets.Length];
            string? failure = null;
            try
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode) failure = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failure = e.GetType().Name;
            }

            if (started < warmupEnds) continue; // warm-up requests are not counted
            if (failure is null) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            else failures.Add(failure);
        }

        return new ClientResult(latencies, failures);
    }

    private sealed record LoadSettings(string Url, string Target, int Clients, double Seconds, double Warmup, IReadOnlyList<string> Queries, int Costly)
    {
        public static LoadSettings Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) throw new ArgumentException($"unexpected argument '{args[i]}'");
                values[args[i][2..]] = args[++i];
            }

            var unknown = values.Keys.Except(["url", "target", "clients", "seconds", "warmup", "queries", "costly"]).ToList();
            if (unknown.Count > 0) throw new ArgumentException($"unknown option --{unknown[0]}");
            if (!values.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) throw new ArgumentException("--url is required");
            if (!uri.IsLoopback) throw new ArgumentException($"{url} is not a loopback address: load runs only target this machine");
            var target = values.GetValueOrDefault("target", "trademarks");
            if (target is not ("trademarks" or "patents")) throw new ArgumentException("--target is trademarks or patents");
            var clients = Int(values, "clients", 16, 1, MaxClients);
            var seconds = Int(values, "seconds", 30, 1, MaxSeconds);
            var warmup = Int(values, "warmup", 3, 0, 30);
            var queries = values.TryGetValue("queries", out var file)
                ? File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList()
                : (target == "patents" ? DefaultQueries.Patents : DefaultQueries.Trademarks).ToList();
            if (queries.Count == 0) throw new ArgumentException("no queries");
            var costly = Int(values, "costly", 0, 0, 10);
            return new LoadSettings(url.TrimEnd('/'), target, clients, seconds, warmup, queries, costly);
        }

        private static int Int(Dictionary<string, string> values, string name, int fallback, int min, int max)
        {
            if (!values.TryGetValue(name, out var text)) return fallback;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            {
                throw new ArgumentException($"--{name} must be a whole number from {min} to {max}");
            }

            return n;
        }
    }
}
