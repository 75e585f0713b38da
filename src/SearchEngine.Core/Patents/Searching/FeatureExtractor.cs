using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;

namespace SearchEngine.Patents.Searching;

/// <summary>What the features compare candidates with: the query's terms per language, its IPC, its date.</summary>
internal sealed record FeatureContext(
    IReadOnlyDictionary<PatentLanguage, HighlightTerms> Terms,
    IReadOnlyList<string> QueryIpc,
    int? ReferenceYear);

/// <summary>Computes <see cref="PatentFeatures"/> rows for the top candidates of one query.</summary>
internal static class FeatureExtractor
{
    public static float[][] Extract(IndexSearcher searcher, IReadOnlyList<ScoreDoc> candidates, IReadOnlyList<PatentRecord> records, FeatureContext ctx)
    {
        var n = candidates.Count;
        var rows = new float[n][];
        if (n == 0) return rows;
        var docs = candidates.Select(c => c.Doc).ToArray();
        var byLang = PatentLanguages.All.ToDictionary(l => l, l => ctx.Terms.TryGetValue(l, out var h) ? h.Terms.ToList() : []);

        // Per field, one bag-of-words BM25 query per language, scored only on the candidates.
        var fieldScores = new float[PatentFields.TextFamilies.Length][];
        var titleHits = new int[n];
        var claimHits = new int[n];
        for (var f = 0; f < PatentFields.TextFamilies.Length; f++)
        {
            fieldScores[f] = new float[n];
            foreach (var lang in PatentLanguages.All)
            {
                var terms = byLang[lang];
                if (terms.Count == 0) continue;
                var field = PatentFields.Text(PatentFields.TextFamilies[f], lang);
                var bq = new BooleanQuery();
                foreach (var t in terms) bq.Add(new TermQuery(new Term(field, t)), Occur.SHOULD);
                var scores = ScoreOn(searcher, bq, docs);
                for (var i = 0; i < n; i++) fieldScores[f][i] += scores[i];
                if (PatentFields.TextFamilies[f] == TextFamily.Title) CountTerms(searcher.IndexReader, field, terms, docs, titleHits);
                if (PatentFields.TextFamilies[f] == TextFamily.Claims) CountTerms(searcher.IndexReader, field, terms, docs, claimHits);
            }
        }

        var subclasses = records.Select(r => r.Ipc.Select(c => c.Subclass).ToHashSet(StringComparer.Ordinal)).ToArray();
        var groups = records.Select(r => r.Ipc.Select(c => $"{c.Subclass}{c.MainGroup}").ToHashSet(StringComparer.Ordinal)).ToArray();
        var querySub = ctx.QueryIpc.Where(s => s.Length >= 4).Select(s => s[..4]).ToHashSet(StringComparer.Ordinal);
        var queryGroup = ctx.QueryIpc.Where(s => s.Length > 4).Select(s => s.Split('/')[0]).ToHashSet(StringComparer.Ordinal);
        var years = records.Select(r => r.SearchDate?.Year).ToArray();
        var reference = ctx.ReferenceYear ?? Median(years.Take(10).OfType<int>().ToList());
        var top = Math.Min(10, n);

        for (var i = 0; i < n; i++)
        {
            var lang = PatentLanguages.FromCode(records[i].Language);
            var termCount = Math.Max(1, byLang[lang].Count);
            var consensus = 0;
            for (var j = 0; j < top; j++)
            {
                if (j != i && subclasses[i].Overlaps(subclasses[j])) consensus++;
            }

            rows[i] =
            [
                candidates[i].Score,
                1f / (1 + i),
                fieldScores[0][i],
                fieldScores[1][i],
                fieldScores[2][i],
                fieldScores[3][i],
                Jaccard(querySub, subclasses[i]),
                Jaccard(queryGroup, groups[i]),
                top > 1 ? consensus / (float)(top - (i < top ? 1 : 0)) : 0f,
                titleHits[i] / (float)termCount,
                claimHits[i] / (float)termCount,
                years[i] is { } y && reference is { } r ? Math.Abs(y - r) : 0f,
                lang == PatentLanguage.Vietnamese ? 1f : 0f,
            ];
        }

        return rows;
    }

    /// <summary>Scores a query on given documents only, by advancing its scorer segment by segment.</summary>
    private static float[] ScoreOn(IndexSearcher searcher, Query query, int[] docs)
    {
        var result = new float[docs.Length];
        var weight = searcher.CreateNormalizedWeight(query);
        var order = Enumerable.Range(0, docs.Length).OrderBy(i => docs[i]).ToArray();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var inLeaf = order.Where(i => docs[i] >= leaf.DocBase && docs[i] < end).ToArray();
            if (inLeaf.Length == 0) continue;
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            foreach (var i in inLeaf)
            {
                var local = docs[i] - leaf.DocBase;
                var at = scorer.DocID < local ? scorer.Advance(local) : scorer.DocID;
                if (at == local) result[i] = scorer.GetScore();
                if (at == DocIdSetIterator.NO_MORE_DOCS) break;
            }
        }

        return result;
    }

    /// <summary>For each document, how many of the terms occur in the field (postings lookups, no re-analysis).</summary>
    private static void CountTerms(IndexReader reader, string field, List<string> terms, int[] docs, int[] counts)
    {
        var order = Enumerable.Range(0, docs.Length).OrderBy(i => docs[i]).ToArray();
        foreach (var leaf in reader.Leaves)
        {
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var inLeaf = order.Where(i => docs[i] >= leaf.DocBase && docs[i] < end).ToArray();
            if (inLeaf.Length == 0) continue;
            foreach (var term in terms)
            {
                var postings = leaf.AtomicReader.GetTermDocsEnum(new Term(field, term));
                if (postings is null) continue;
                foreach (var i in inLeaf)
                {
                    var local = docs[i] - leaf.DocBase;
                    var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                    if (at == local) counts[i]++;
                    if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                }
            }
        }
    }

    private static float Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0f;
        var inter = a.Count(b.Contains);
        return inter / (float)(a.Count + b.Count - inter);
    }

    private static int? Median(List<int> years)
    {
        if (years.Count == 0) return null;
        years.Sort();
        return years[years.Count / 2];
    }
}
