using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchEngine.Trademarks;

/// <summary>
/// Gathers candidates from several Lucene queries, each with its own quota so no single strategy crowds
/// out the others, and records each candidate's normalised score per strategy.
/// </summary>
internal static class CandidateGenerator
{
    public static readonly int StrategyCount = Enum.GetValues<CandidateStrategy>().Length;

    private const int MaxTokens = 24;
    private const int MaxNGrams = 96;

    /// <summary>Longest term a fuzzy query is built for: its automaton grows with the term, and long marks are found by n-grams.</summary>
    private const int MaxFuzzyLength = 40;

    public sealed class Candidate(int doc)
    {
        public int Doc { get; } = doc;
        public float[] StrategyScores { get; } = new float[StrategyCount];
    }

    public static Dictionary<int, Candidate> Collect(IndexSearcher searcher, MarkProfile query, Filter? filter, int perStrategy)
    {
        var candidates = new Dictionary<int, Candidate>();
        foreach (var strategy in Enum.GetValues<CandidateStrategy>())
        {
            var q = Build(strategy, query);
            if (q is null) continue;
            var quota = strategy is CandidateStrategy.Tokens or CandidateStrategy.NGrams or CandidateStrategy.FuzzyCompact ? perStrategy : perStrategy / 2;
            var top = searcher.Search(q, filter, quota);
            if (top.ScoreDocs.Length == 0) continue;
            var max = top.ScoreDocs[0].Score;
            foreach (var sd in top.ScoreDocs)
            {
                if (!candidates.TryGetValue(sd.Doc, out var c)) candidates[sd.Doc] = c = new Candidate(sd.Doc);
                c.StrategyScores[(int)strategy] = max > 0 ? sd.Score / max : 1;
            }
        }

        return candidates;
    }

    internal static Query? Build(CandidateStrategy strategy, MarkProfile query) => strategy switch
    {
        CandidateStrategy.Exact => Exact(query),
        CandidateStrategy.FuzzyCompact => FuzzyCompact(query),
        CandidateStrategy.Tokens => Tokens(query),
        CandidateStrategy.NGrams => NGrams(query),
        CandidateStrategy.Phonetic => Phonetic(query),
        CandidateStrategy.Parts => Parts(query),
        CandidateStrategy.Containment => Containment(query),
        _ => null,
    };

    private static Query Exact(MarkProfile q)
    {
        var b = new BooleanQuery
        {
            { Term(TrademarkFields.Normalized, q.Text.Normalized, 2f), Occur.SHOULD },
            { Term(TrademarkFields.Compact, q.Text.Compact, 1.5f), Occur.SHOULD },
            { Term(TrademarkFields.CoreCompact, q.CoreCompact), Occur.SHOULD },
        };
        if (q.HasDiscountedTokens) b.Add(Term(TrademarkFields.Compact, q.CoreCompact), Occur.SHOULD);
        return b;
    }

    private static Query? FuzzyCompact(MarkProfile q)
    {
        if (q.Text.Compact.Length < 3 || q.Text.Compact.Length > MaxFuzzyLength) return null;
        var b = new BooleanQuery();
        AddFuzzy(b, TrademarkFields.Compact, q.Text.Compact);
        if (q.HasDiscountedTokens && q.CoreCompact.Length is >= 3 and <= MaxFuzzyLength)
        {
            b.Add(new FuzzyQuery(new Term(TrademarkFields.CoreCompact, q.CoreCompact), 1, 0, 50, true), Occur.SHOULD);
            b.Add(new FuzzyQuery(new Term(TrademarkFields.Compact, q.CoreCompact), 1, 0, 50, true), Occur.SHOULD);
        }

        return b;
    }

    private static Query Tokens(MarkProfile q)
    {
        var b = new BooleanQuery(true);
        var tokens = q.Text.Tokens.Concat(q.Text.Parts).Distinct(StringComparer.Ordinal).Take(MaxTokens).ToList();
        foreach (var t in tokens)
        {
            b.Add(Term(TrademarkFields.Syllables, t), Occur.SHOULD);
            var edits = t.Length > MaxFuzzyLength ? 0 : t.Length >= 7 ? 2 : t.Length >= 3 ? 1 : 0;
            if (edits > 0) b.Add(new FuzzyQuery(new Term(TrademarkFields.Syllables, t), edits, 1, 20, true) { Boost = 0.6f }, Occur.SHOULD);
        }

        foreach (var t in q.Text.NormalizedTokens.Take(MaxTokens)) b.Add(Term(TrademarkFields.Tones, t, 0.3f), Occur.SHOULD);
        foreach (var p in MarkRepresentations.Pairs(q.Text.Tokens).Take(MaxTokens)) b.Add(Term(TrademarkFields.Pairs, p, 0.5f), Occur.SHOULD);
        return b;
    }

    private static Query NGrams(MarkProfile q)
    {
        var b = new BooleanQuery(true);
        foreach (var g in MarkRepresentations.NGrams(q.Text.Compact).Distinct(StringComparer.Ordinal).Take(MaxNGrams))
        {
            b.Add(Term(TrademarkFields.NGrams, g), Occur.SHOULD);
        }

        return b;
    }

    private static Query? Phonetic(MarkProfile q)
    {
        var b = new BooleanQuery(true);
        foreach (var k in MarkRepresentations.PhoneticKeys(q).Take(MaxTokens * 2)) b.Add(Term(TrademarkFields.PhoneticVi, k), Occur.SHOULD);
        foreach (var k in MarkRepresentations.MetaphoneCodes(q).Take(MaxTokens * 2)) b.Add(Term(TrademarkFields.Metaphone, k), Occur.SHOULD);
        foreach (var k in q.WordKeys.Take(MaxTokens)) b.Add(Term(TrademarkFields.PhoneticWord, k, 3f), Occur.SHOULD);
        return b.Clauses.Count == 0 ? null : b;
    }

    private static Query? Parts(MarkProfile q)
    {
        var tokens = q.Text.Tokens;
        if (tokens.Count < 2 || tokens.Count > 12) return null;
        var b = new BooleanQuery(true);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var len = tokens.Count - 1; len >= 1; len--)
        {
            for (var i = 0; i + len <= tokens.Count; i++)
            {
                var part = string.Concat(tokens.Skip(i).Take(len));
                if (part.Length < 3 || !seen.Add(part)) continue;
                var boost = (float)len / tokens.Count;
                b.Add(Term(TrademarkFields.Compact, part, boost), Occur.SHOULD);
                b.Add(Term(TrademarkFields.CoreCompact, part, boost * 0.8f), Occur.SHOULD);
            }
        }

        return b.Clauses.Count == 0 ? null : b;
    }

    private static Query? Containment(MarkProfile q)
    {
        var core = q.CoreTokens.Distinct(StringComparer.Ordinal).Take(MaxTokens).ToList();
        if (core.Count == 0) return null;
        var b = new BooleanQuery(true);
        foreach (var t in core) b.Add(Term(TrademarkFields.Syllables, t), Occur.MUST);
        return b;
    }

    private static TermQuery Term(string field, string text, float boost = 1f) => new(new Term(field, TrademarkDocument.Keyword(text))) { Boost = boost };

    /// <summary>
    /// One edit anywhere, and two edits after the first letter: the two-edit automaton costs far more
    /// when it may start anywhere, and a mark with both a wrong first letter and another edit is still
    /// reached by its n-grams and syllables.
    /// </summary>
    private static void AddFuzzy(BooleanQuery b, string field, string text)
    {
        b.Add(new FuzzyQuery(new Term(field, text), 1, 0, 50, true), Occur.SHOULD);
        if (text.Length >= 5) b.Add(new FuzzyQuery(new Term(field, text), 2, 1, 50, true) { Boost = 0.8f }, Occur.SHOULD);
    }
}
