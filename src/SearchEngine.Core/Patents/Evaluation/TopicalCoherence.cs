using System.Diagnostics;
using SearchEngine.Evaluation;

namespace SearchEngine.Patents.Evaluation;

/// <summary>Prior art from text, measured: IPC-subclass agreement of like-this hits against random ranking.</summary>
public sealed record CoherenceFigures(int Queries, int WithHits, int K, double LikeThisShare, double RandomShare, double P50Ms, double P95Ms);

/// <summary>
/// For each US utility grant: "like this" on its abstract, the grant itself excluded; the share of the top-k
/// hits sharing one of its IPC subclasses, beside the share a random ranking of the other English documents
/// would give (computed exactly: the fraction of them sharing a subclass).
/// </summary>
public static class TopicalCoherence
{
    public static CoherenceFigures Measure(PatentLibrary library, int k = 10)
    {
        var all = library.All().ToList();
        var english = all.Where(r => r.Language == "en").ToList();
        var subclassesOf = all.ToDictionary(r => r.Number, r => r.Ipc.Select(c => c.Subclass).ToHashSet(StringComparer.Ordinal));
        var queries = english.Where(IsUtility).Where(r => r.Abstract.Length > 0 && r.Ipc.Count > 0).ToList();
        double likeShare = 0, randomShare = 0;
        var withHits = 0;
        var times = new List<double>();
        foreach (var q in queries)
        {
            var mine = subclassesOf[q.Number];
            var sw = Stopwatch.StartNew();
            var hits = library.Similar(q.Abstract, k, exclude: q.Number).Hits;
            times.Add(sw.Elapsed.TotalMilliseconds);
            if (hits.Count > 0) withHits++;
            likeShare += hits.Count == 0 ? 0 : hits.Count(h => subclassesOf.TryGetValue(h.Number, out var s) && s.Overlaps(mine)) / (double)hits.Count;
            var others = english.Count - 1;
            randomShare += others == 0 ? 0 : english.Count(r => r.Number != q.Number && subclassesOf[r.Number].Overlaps(mine)) / (double)others;
        }

        var n = Math.Max(1, queries.Count);
        return new CoherenceFigures(queries.Count, withHits, k, likeShare / n, randomShare / n,
            Latencies.Percentile(times, 50), Latencies.Percentile(times, 95));
    }

    /// <summary>USPTO kind codes B1/B2 are utility grants (S design, PP plant, E reissue).</summary>
    public static bool IsUtility(PatentRecord r) => r.Office == "US" && r.Kind is { } k && k.StartsWith('B');
}
