using System.Diagnostics;
using SearchEngine.Evaluation;
using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;
using SearchEngine.Ranking;

namespace SearchEngine.Patents.Evaluation;

/// <summary>Retrieval figures of one run: mean recall at 1 and k, MRR (within k) and latency percentiles.</summary>
public sealed record EvalFigures(int Queries, int K, double RecallAt1, double RecallAtK, double Mrr, double P50Ms, double P95Ms, int Errors);

/// <summary>Runs query files against the library and measures, with and without a reranker.</summary>
public static class PatentEvaluator
{
    public static EvalFigures Run(PatentLibrary library, IReadOnlyList<EvalQuery> queries, int k, IReranker? reranker = null, TextWriter? log = null, TextWriter? misses = null, bool translate = true)
    {
        var times = new List<double>();
        var metrics = new RetrievalMetrics([1, k]);
        var errors = 0;
        foreach (var q in queries)
        {
            if (q.Relevant.Count == 0) continue;
            var relevant = q.Relevant.Select(PatentFields.NormalizeNumber).ToHashSet(StringComparer.Ordinal);
            var sw = Stopwatch.StartNew();
            IReadOnlyList<PatentHit> hits;
            try
            {
                hits = Ranked(library, q, k, reranker, translate);
            }
            catch (SearchEngineException e)
            {
                // A failed query still counts, as a miss, so errors cannot raise the figures.
                metrics.Add([], relevant);
                errors++;
                log?.WriteLine($"{q.Qid}: {e.Message}");
                continue;
            }

            times.Add(sw.Elapsed.TotalMilliseconds);
            var found = hits.Take(k).Select(h => PatentFields.NormalizeNumber(h.Number)).ToList();
            metrics.Add(found, relevant);
            if (!found.Any(relevant.Contains)) misses?.WriteLine($"miss {q.Qid}: {q.Query} -> {string.Join(' ', found.Take(3))}");
        }

        return new EvalFigures(metrics.Queries, k, metrics.Recall(1), metrics.Recall(k), metrics.MeanReciprocalRank,
            Latencies.Percentile(times, 50), Latencies.Percentile(times, 95), errors);
    }

    private static IReadOnlyList<PatentHit> Ranked(PatentLibrary library, EvalQuery q, int k, IReranker? reranker, bool translate)
    {
        if (q.LikeText) return library.Similar(q.Query, k, reranker: reranker).Hits;
        try
        {
            return library.Search(new PatentQuery(q.Query) { PageSize = k, FacetSize = 0, Translate = translate }, reranker).Hits;
        }
        catch (PatentQuerySyntaxException) when (PatentQueryParser.PlainWords(q.Query).Length > 0)
        {
            // A pasted title that is not valid syntax (an unbalanced quote or parenthesis) is read as plain words.
            return library.Search(new PatentQuery(PatentQueryParser.PlainWords(q.Query)) { PageSize = k, FacetSize = 0, Translate = translate }, reranker).Hits;
        }
    }
}
