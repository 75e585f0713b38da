using System.Diagnostics;
using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;
using SearchEngine.Ranking;

namespace SearchEngine.Patents.Evaluation;

/// <summary>Retrieval figures of one run: mean recall at 1 and k, MRR (within k) and latency percentiles.</summary>
public sealed record EvalFigures(int Queries, int K, double RecallAt1, double RecallAtK, double Mrr, double P50Ms, double P95Ms, int Errors);

/// <summary>Runs query files against the library and measures, with and without a reranker.</summary>
public static class PatentEvaluator
{
    public static EvalFigures Run(PatentLibrary library, IReadOnlyList<EvalQuery> queries, int k, IReranker? reranker = null, TextWriter? log = null, TextWriter? misses = null)
    {
        var times = new List<double>();
        double r1 = 0, rk = 0, mrr = 0;
        var n = 0;
        var errors = 0;
        foreach (var q in queries)
        {
            if (q.Relevant.Count == 0) continue;
            n++;
            var relevant = q.Relevant.Select(PatentFields.NormalizeNumber).ToHashSet(StringComparer.Ordinal);
            var sw = Stopwatch.StartNew();
            IReadOnlyList<PatentHit> hits;
            try
            {
                hits = Ranked(library, q, k, reranker);
            }
            catch (SearchEngineException e)
            {
                errors++;
                log?.WriteLine($"{q.Qid}: {e.Message}");
                continue;
            }

            times.Add(sw.Elapsed.TotalMilliseconds);
            var found = hits.Select(h => PatentFields.NormalizeNumber(h.Number)).ToList();
            r1 += found.Take(1).Count(relevant.Contains) / (double)relevant.Count;
            rk += found.Take(k).Count(relevant.Contains) / (double)relevant.Count;
            var first = found.Take(k).ToList().FindIndex(relevant.Contains);
            if (first >= 0) mrr += 1.0 / (first + 1);
            else misses?.WriteLine($"miss {q.Qid}: {q.Query} -> {string.Join(' ', found.Take(3))}");
        }

        times.Sort();
        return new EvalFigures(n, k, n == 0 ? 0 : r1 / n, n == 0 ? 0 : rk / n, n == 0 ? 0 : mrr / n, Percentile(times, 0.50), Percentile(times, 0.95), errors);
    }

    private static IReadOnlyList<PatentHit> Ranked(PatentLibrary library, EvalQuery q, int k, IReranker? reranker)
    {
        if (q.LikeText) return library.Similar(q.Query, k, reranker: reranker).Hits;
        try
        {
            return library.Search(new PatentQuery(q.Query) { PageSize = k, FacetSize = 0 }, reranker).Hits;
        }
        catch (PatentQuerySyntaxException) when (PatentQueryParser.PlainWords(q.Query).Length > 0)
        {
            // A pasted title that is not valid syntax (an unbalanced quote or parenthesis) is read as plain words.
            return library.Search(new PatentQuery(PatentQueryParser.PlainWords(q.Query)) { PageSize = k, FacetSize = 0 }, reranker).Hits;
        }
    }

    public static double Percentile(List<double> sorted, double p)
    {
        if (sorted.Count == 0) return 0;
        var idx = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(idx, 0, sorted.Count - 1)];
    }
}
