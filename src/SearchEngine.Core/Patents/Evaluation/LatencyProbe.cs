using System.Diagnostics;
using System.Text.RegularExpressions;
using SearchEngine.Evaluation;

namespace SearchEngine.Patents.Evaluation;

/// <summary>Latency of one kind of query: how many ran, p50 and p95 in milliseconds, mean hits, and the slowest queries (to see what costs).</summary>
public sealed record LatencyFigures(string Kind, int Queries, double P50Ms, double P95Ms, double MeanHits, IReadOnlyList<(string Query, double Ms)> Slowest);

/// <summary>
/// Field, boolean, proximity, wildcard, filter and like-this queries drawn from the indexed documents'
/// own words (seeded), timed end to end through <see cref="PatentLibrary"/> (page of 10 with passages
/// and facets), after a warm-up.
/// </summary>
public static partial class LatencyProbe
{
    /// <param name="translate">Cross-lingual expansion on (the default search) or off.</param>
    public static List<LatencyFigures> Measure(PatentLibrary library, IReadOnlyList<PatentRecord> sample, int perKind, int seed = 7, bool translate = true)
    {
        var rng = new Random(seed);
        var kinds = new (string Kind, Func<PatentRecord, string?> Make)[]
        {
            ("TI:word", r => Word(rng, r.Title) is { } w ? $"TI:{w}" : null),
            ("free text (3 words)", r => Words(rng, r.Abstract, 3) is { } ws ? string.Join(' ', ws) : null),
            ("AB:\"phrase\"", r => Phrase(rng, r.Abstract) is { } p ? $"AB:\"{p}\"" : null),
            ("word AND IC:subclass", r => Word(rng, r.Abstract) is { } w && r.Ipc.Count > 0 ? $"{w} AND IC:{r.Ipc[0].Subclass}" : null),
            ("(a OR b) NOT c", r => Words(rng, r.Abstract, 3) is { } ws ? $"({ws[0]} OR {ws[1]}) NOT {ws[2]}" : null),
            ("a NEAR5 b", r => Words(rng, r.Abstract, 2) is { } ws ? $"{ws[0]} NEAR5 {ws[1]}" : null),
            ("prefix*", r => Word(rng, r.Title) is { Length: >= 5 } w ? $"{w[..4]}*" : null),
            ("word AND PD:[2015 TO 2020]", r => Word(rng, r.Title) is { } w ? $"{w} AND PD:[2015 TO 2020]" : null),
        };

        var batches = kinds.Select(k => (k.Kind, Queries: sample.Select(k.Make).OfType<string>().Take(perKind).ToList())).ToList();
        var texts = sample.Where(r => r.Abstract.Length > 100).Select(r => r.Abstract).Take(perKind).ToList();

        // Warm up every code path first: .NET compiles hot methods again, optimised, after ~30 calls.
        for (var round = 0; round < 3; round++)
        {
            foreach (var (_, queries) in batches) foreach (var q in queries.Take(15)) Safe(x => library.Search(new PatentQuery(x) { Translate = translate }).Total, q);
            foreach (var t in texts.Take(15)) Safe(x => library.Similar(x, 10).Total, t);
        }

        var results = batches.Select(b => Time(b.Kind, b.Queries, q => library.Search(new PatentQuery(q) { Translate = translate }).Total)).ToList();
        results.Add(Time("like-this (abstract)", texts, t => library.Similar(t, 10).Total));
        return results;
    }

    private static LatencyFigures Time(string kind, List<string> inputs, Func<string, int> run)
    {
        var times = new List<double>();
        double hits = 0;
        foreach (var q in inputs)
        {
            var sw = Stopwatch.StartNew();
            hits += Safe(run, q);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        var slowest = inputs.Zip(times).OrderByDescending(x => x.Second).Take(3).ToList();
        return new LatencyFigures(kind, inputs.Count, Latencies.Percentile(times, 50), Latencies.Percentile(times, 95), inputs.Count == 0 ? 0 : hits / inputs.Count, slowest);
    }

    private static int Safe(Func<string, int> run, string q)
    {
        try
        {
            return run(q);
        }
        catch (SearchEngineException)
        {
            return 0;
        }
    }

    private static string[] Candidates(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).Where(w => w.Length >= 4 && w.Any(char.IsLower)).ToArray();

    private static string? Word(Random rng, string text)
    {
        var words = Candidates(text);
        return words.Length == 0 ? null : words[rng.Next(words.Length)];
    }

    private static string[]? Words(Random rng, string text, int n)
    {
        var words = Candidates(text);
        return words.Length < n ? null : Enumerable.Range(0, n).Select(_ => words[rng.Next(words.Length)]).ToArray();
    }

    private static string? Phrase(Random rng, string text)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value).ToArray();
        if (words.Length < 3) return null;
        var at = rng.Next(words.Length - 2);
        return string.Join(' ', words.Skip(at).Take(2 + rng.Next(2)));
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*")]
    private static partial Regex WordPattern();
}
