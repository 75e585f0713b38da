using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Trademarks.Elements;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks.Meaning;

namespace SearchEngine.Trademarks.Candidates;

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

    public static Dictionary<int, Candidate> Collect(IndexSearcher searcher, MarkProfile query, Filter? filter, int perStrategy, IReadOnlyList<MarkElement>? elements = null)
    {
        var candidates = new Dictionary<int, Candidate>();
        foreach (var strategy in Enum.GetValues<CandidateStrategy>())
        {
            var q = strategy == CandidateStrategy.Concepts
                ? ConceptQuery.Build(query, searcher.IndexReader)
                : Build(strategy, query, searcher.IndexReader.MaxDoc >= LargeRegister ? searcher.IndexReader : null, elements);
            if (q is null) continue;
            var quota = strategy is CandidateStrategy.Tokens or CandidateStrategy.NGrams or CandidateStrategy.FuzzyCompact or CandidateStrategy.Elements ? perStrategy : perStrategy / 2;
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

    /// <summary>From this many marks on, n-gram candidates are sought by the query's rarest trigrams only.</summary>
    internal const int LargeRegister = 100_000;

    /// <summary>
    /// Builds a strategy's query; <paramref name="largeRegister"/> is the reader of a register of at least
    /// <see cref="LargeRegister"/> marks (null for a smaller one), whose term statistics prune the n-grams.
    /// </summary>
    internal static Query? Build(CandidateStrategy strategy, MarkProfile query, IndexReader? largeRegister = null, IReadOnlyList<MarkElement>? elements = null) => strategy switch
    {
        CandidateStrategy.Exact => Exact(query),
        CandidateStrategy.FuzzyCompact => FuzzyCompact(query),
        CandidateStrategy.Tokens => Tokens(query),
        CandidateStrategy.NGrams => largeRegister is null ? NGrams(query) : RareNGrams(query, largeRegister),
        CandidateStrategy.Phonetic => Phonetic(query),
        CandidateStrategy.Parts => Parts(query),
        CandidateStrategy.Containment => Containment(query),
        CandidateStrategy.Elements => elements is null ? null : ElementQuery.Build(elements),
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
            b.Add(new FuzzyQuery(new Term(TrademarkFields.CoreCompact, q.CoreCompact), 1, 1, 30, true), Occur.SHOULD);
            b.Add(new FuzzyQuery(new Term(TrademarkFields.Compact, q.CoreCompact), 1, 1, 30, true), Occur.SHOULD);
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
            // Short tokens (syllables) are not fuzzed: a misspelt syllable leaves its neighbours exact, and
            // fuzzy expansion of common syllables is the costliest query on a large register.
            if (t.Length is >= 7 and <= MaxFuzzyLength) b.Add(new FuzzyQuery(new Term(TrademarkFields.Syllables, t), 1, 2, 10, true) { Boost = 0.6f }, Occur.SHOULD);
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

    /// <summary>Trigrams kept, rarest first, for a large register.</summary>
    internal const int MaxRareNGrams = 12;

    /// <summary>
    /// On a large register built from a few thousand syllables even a mark's rarest trigrams are shared by
    /// thousands of marks, and walking their postings was the costliest part of a search at a million marks.
    /// A near spelling shares most of the query's trigrams, and its rarest ones most of all (a generic word
    /// added to the query has only common ones), so the rarest <see cref="MaxRareNGrams"/> are searched and
    /// half of them must match: two edits still leave six of twelve. Measured at 1M marks: a quarter of all
    /// trigrams 10.7 ms a query, half of the rarest twelve 3.9 ms, with the same recall; on two-change
    /// queries the strategy still adds recall (the 33K register searched this way: r@10 0.970, 0.965
    /// without n-grams). The term statistics read to rank the trigrams are handed to the term queries,
    /// so each term is looked up once.
    /// </summary>
    private static Query RareNGrams(MarkProfile q, IndexReader reader)
    {
        var rare = MarkRepresentations.NGrams(q.Text.Compact).Distinct(StringComparer.Ordinal).Take(MaxNGrams)
            .Select(g => new Term(TrademarkFields.NGrams, TrademarkDocument.Keyword(g)))
            .Select(t => (Term: t, Context: TermContext.Build(reader.Context, t)))
            .Where(x => x.Context.DocFreq > 0)
            .OrderBy(x => x.Context.DocFreq).ThenBy(x => x.Term.Text, StringComparer.Ordinal)
            .Take(MaxRareNGrams)
            .ToList();
        var b = new BooleanQuery(true);
        foreach (var (term, context) in rare) b.Add(new TermQuery(term, context), Occur.SHOULD);
        if (b.Clauses.Count >= 6) b.MinimumNumberShouldMatch = (b.Clauses.Count + 1) / 2;
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

    internal static TermQuery Term(string field, string text, float boost = 1f) => new(new Term(field, TrademarkDocument.Keyword(text))) { Boost = boost };

    /// <summary>
    /// One edit anywhere, two after the first letter: a two-edit automaton that may start anywhere walks
    /// most of a million-term dictionary, and a mark misspelt at its start and elsewhere is still reached
    /// by its n-grams, syllables and sound.
    /// </summary>
    private static void AddFuzzy(BooleanQuery b, string field, string text)
    {
        b.Add(new FuzzyQuery(new Term(field, text), 1, 0, 30, true), Occur.SHOULD);
        if (text.Length >= 5) b.Add(new FuzzyQuery(new Term(field, text), 2, 1, 30, true) { Boost = 0.8f }, Occur.SHOULD);
    }
}
