using FuzzySharp.PreProcess;
using FuzzySharp;
using SearchEngine.Classifications.Nice;
using SearchEngine.Phonetics;
using SearchEngine.Text;
using SearchEngine.Trademarks.Candidates;
using SearchEngine.Trademarks.Elements;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks.Meaning;

namespace SearchEngine.Trademarks.Comparison;

/// <summary>
/// Every similarity signal between a query mark and one candidate, computed once: the fused score,
/// the reasons and the reranker's feature row all read from here.
/// </summary>
internal sealed class MarkComparison
{
    /// <param name="weights">How distinctive each concept is in the register searched; uniform when null.</param>
    /// <param name="goods">The closest goods of the two marks, when both have goods text.</param>
    /// <param name="elements">The query's elements and the register's distinctiveness of each; computed here when null.</param>
    public MarkComparison(MarkProfile query, IReadOnlyList<NiceClass> queryClasses, MarkProfile candidate, IReadOnlyList<NiceClass> candidateClasses,
        float[] strategyScores, ViennaOverlap? vienna = null, ConceptWeights? weights = null, GoodsMatch? goods = null, ElementContext? elements = null)
    {
        Vienna = vienna ?? ViennaOverlap.None;
        Goods = goods;
        Query = query;
        Elements = (elements ?? ElementContext.Standalone(query)).Align(candidate);
        Candidate = candidate;
        StrategyScores = strategyScores;
        var q = query.Text;
        var c = candidate.Text;
        var (qCompact, cCompact) = (Cap(q.Compact), Cap(c.Compact));
        var (qFolded, cFolded) = (Cap(q.Folded), Cap(c.Folded));

        CompactDistance = StringDistance.Damerau(qCompact, cCompact);
        CompactSimilarity = StringDistance.Similarity(CompactDistance, qCompact.Length, cCompact.Length);
        FoldedSimilarity = StringDistance.Similarity(StringDistance.Levenshtein(qFolded, cFolded), qFolded.Length, cFolded.Length);
        JaroWinkler = StringDistance.JaroWinkler(qCompact, cCompact);
        MarkCost = q.HasMarks && c.HasMarks ? 0.25 : 0.05;
        MarkAwareSimilarity = MarkAware(Cap(q.NormalizedCompact), Cap(c.NormalizedCompact), MarkCost);

        // FuzzySharp's own preprocessing keeps only [a-zA-Z0-9 ] and splits Vietnamese letters apart:
        // the folded forms are already lower-case ASCII words, so they go in as they are.
        Ratio = Fuzz.Ratio(qFolded, cFolded, PreprocessMode.None) / 100.0;
        TokenSortRatio = Fuzz.TokenSortRatio(qFolded, cFolded, PreprocessMode.None) / 100.0;
        TokenSetRatio = Fuzz.TokenSetRatio(qFolded, cFolded, PreprocessMode.None) / 100.0;

        (CoreDistance, CoreSimilarity) = BestCore(query, candidate);
        CoreMarkAwareSimilarity = !query.HasDiscountedTokens && !candidate.HasDiscountedTokens ? 0 : new[]
        {
            (query.CoreNormalizedCompact, candidate.CoreNormalizedCompact),
            (query.CoreNormalizedCompact, c.NormalizedCompact),
            (q.NormalizedCompact, candidate.CoreNormalizedCompact),
        }.Max(p => MarkAware(Cap(p.Item1), Cap(p.Item2), MarkCost));

        IdenticalNormalized = q.Normalized == c.Normalized;
        SameLetters = q.Compact == c.Compact;
        ToneAgreement = Share(q.NormalizedTokens, c.NormalizedTokens.ToHashSet(StringComparer.Ordinal));

        (PhoneticVi, PhoneticViMatches) = Agreement(query.VietnameseKeySets, candidate.VietnameseKeys, c.NormalizedTokens);
        SameSound = query.WordKeys.Count > 0 && candidate.WordKeys.Any(query.WordKeySet.Contains);
        Homophone = SameSound && !SameLetters && q.HasMarks && c.HasMarks && SameTones(q.NormalizedTokens, c.NormalizedTokens) switch
        {
            ToneMatch.Same => true,
            // hỏi and ngã sound alike only in the South, so then the shared key must be a Southern one.
            ToneMatch.SameInTheSouth => candidate.WordKeys.Any(k => !k.StartsWith(NorthernKeyPrefix, StringComparison.Ordinal) && query.WordKeySet.Contains(k)),
            _ => false,
        };
        (Metaphone, MetaphoneMatches) = Agreement(query.MetaphoneCodeSets, candidate.MetaphoneCodes, c.Tokens);

        QueryInCandidate = MultisetShare(query.CoreTokens, c.Tokens.Concat(c.Parts));
        CandidateInQuery = MultisetShare(candidate.CoreTokens, q.Tokens.Concat(q.Parts));
        var lenient = !q.HasMarks || !c.HasMarks;
        QueryWithinCandidate = q.Tokens.Count < c.Tokens.Count && InOrder(q, c, lenient);
        CandidateWithinQuery = c.Tokens.Count < q.Tokens.Count && InOrder(c, q, lenient);
        ContainmentCoverage = QueryWithinCandidate || CandidateWithinQuery
            ? Math.Min(q.Compact.Length, c.Compact.Length) / (double)Math.Max(1, Math.Max(q.Compact.Length, c.Compact.Length))
            : 0;
        LengthDifference = Math.Abs(q.Compact.Length - c.Compact.Length) / (double)Math.Max(1, Math.Max(q.Compact.Length, c.Compact.Length));
        TokenCountDifference = Math.Min(5, Math.Abs(q.Tokens.Count - c.Tokens.Count)) / 5.0;

        SharedClasses = queryClasses.Intersect(candidateClasses).ToList();
        RelatedClassPairs = SharedClasses.Count > 0 ? [] :
            queryClasses.SelectMany(a => candidateClasses.Where(b => RelatedClasses.AreRelated(a, b)).Select(b => (a, b))).ToList();
        ClassOverlap = queryClasses.Count == 0 || candidateClasses.Count == 0 ? 0 :
            SharedClasses.Count / (double)queryClasses.Union(candidateClasses).Count();
        DisclaimedShare = candidate.Text.Tokens.Count == 0 ? 0 : candidate.Discounted.Count(d => d) / (double)candidate.Text.Tokens.Count;
        Meaning = MeaningMatch.Between(query, candidate, weights ?? ConceptWeights.Uniform);
    }

    public ViennaOverlap Vienna { get; }

    public MarkProfile Query { get; }

    /// <summary>How the two marks' elements meet, in any order (the examiner's dominant-element comparison).</summary>
    public ElementAlignment Elements { get; }
    public MarkProfile Candidate { get; }
    public float[] StrategyScores { get; }

    public int CompactDistance { get; }
    public double CompactSimilarity { get; }
    public double FoldedSimilarity { get; }
    public double JaroWinkler { get; }
    public double Ratio { get; }
    public double TokenSortRatio { get; }
    public double TokenSetRatio { get; }
    public double MarkCost { get; }
    public double MarkAwareSimilarity { get; }
    public double CoreMarkAwareSimilarity { get; }
    public int CoreDistance { get; }
    public double CoreSimilarity { get; }
    public bool IdenticalNormalized { get; }
    public bool SameLetters { get; }
    public double ToneAgreement { get; }
    public double PhoneticVi { get; }
    public IReadOnlyList<string> PhoneticViMatches { get; }
    /// <summary>The whole marks read as Vietnamese words sound the same in some dialect.</summary>
    public bool SameSound { get; }
    /// <summary>
    /// Both marks are written with tone marks, sound the same in some dialect and carry the same tone on every
    /// syllable in that dialect (hỏi = ngã only in the South): spoken, they are one mark (Sự Thế, Xự Thế).
    /// </summary>
    public bool Homophone { get; }
    public double Metaphone { get; }
    public IReadOnlyList<string> MetaphoneMatches { get; }
    /// <summary>Every query token appears in the candidate, in order (the query dropped words).</summary>
    public bool QueryWithinCandidate { get; }
    /// <summary>Every candidate token appears in the query, in order (the query added words).</summary>
    public bool CandidateWithinQuery { get; }
    /// <summary>When one mark lies within the other: the shorter's share of the longer's letters.</summary>
    public double ContainmentCoverage { get; }
    public double QueryInCandidate { get; }
    public double CandidateInQuery { get; }
    public double LengthDifference { get; }
    public double TokenCountDifference { get; }
    public IReadOnlyList<NiceClass> SharedClasses { get; }
    public IReadOnlyList<(NiceClass Query, NiceClass Candidate)> RelatedClassPairs { get; }
    public double ClassOverlap { get; }
    public double DisclaimedShare { get; }

    /// <summary>How far the marks say the same thing, in whatever language and word order.</summary>
    public MeaningMatch Meaning { get; }

    /// <summary>The closest goods of the two marks, or null when either side has no goods text to compare.</summary>
    public GoodsMatch? Goods { get; }

    /// <summary>
    /// Longest prefix the string measures look at: marks are short, and a pasted paragraph must not make
    /// every comparison quadratic in its length.
    /// </summary>
    private const int MaxCompared = 200;

    private static double MarkAware(string a, string b, double markCost) =>
        a.Length == 0 || b.Length == 0 ? 0 : 1 - StringDistance.MarkAwareDamerau(a, b, markCost) / Math.Max(a.Length, b.Length);

    private static string Cap(string s) => s.Length <= MaxCompared ? s : s[..MaxCompared];

    /// <summary>The closest of the distinctive cores: generic or disclaimed words removed on either side.</summary>
    private static (int Distance, double Similarity) BestCore(MarkProfile q, MarkProfile c)
    {
        if (!q.HasDiscountedTokens && !c.HasDiscountedTokens) return (int.MaxValue, 0);
        var best = (Distance: int.MaxValue, Similarity: 0.0);
        foreach (var (a, b) in new[] { (q.CoreCompact, c.CoreCompact), (q.CoreCompact, c.Text.Compact), (q.Text.Compact, c.CoreCompact) })
        {
            if (a.Length == 0 || b.Length == 0) continue;
            var (x, y) = (Cap(a), Cap(b));
            var d = StringDistance.Damerau(x, y);
            var s = StringDistance.Similarity(d, x.Length, y.Length);
            if (s > best.Similarity) best = (d, s);
        }

        return best;
    }

    /// <summary>Share of <paramref name="tokens"/> found in <paramref name="within"/>, each found token used once.</summary>
    private static double MultisetShare(IReadOnlyList<string> tokens, IEnumerable<string> within)
    {
        if (tokens.Count == 0) return 0;
        var pool = new List<string>(within);
        var found = 0;
        foreach (var t in tokens)
        {
            var i = pool.IndexOf(t);
            if (i < 0) continue;
            found++;
            pool.RemoveAt(i);
        }

        return found / (double)tokens.Count;
    }

    /// <summary>
    /// True when the tokens of <paramref name="small"/> appear in <paramref name="large"/> in the same order,
    /// compared with their tones unless one side is written without marks.
    /// </summary>
    private static bool InOrder(MarkText small, MarkText large, bool lenient)
    {
        var a = lenient ? small.Tokens : small.NormalizedTokens;
        var b = lenient ? large.Tokens : large.NormalizedTokens;
        var j = 0;
        foreach (var t in a)
        {
            while (j < b.Count && !string.Equals(b[j], t, StringComparison.Ordinal)) j++;
            if (j == b.Count) return false;
            j++;
        }

        return true;
    }

    private static double Share(IReadOnlyList<string> tokens, HashSet<string> within) =>
        tokens.Count == 0 ? 0 : tokens.Count(within.Contains) / (double)tokens.Count;

    /// <summary>Share of the query's encoded tokens whose keys meet a candidate token's keys, and those candidate tokens.</summary>
    private static (double Share, IReadOnlyList<string> Matched) Agreement(
        IReadOnlyList<HashSet<string>> query, IReadOnlyList<IReadOnlyList<string>> candidate, IReadOnlyList<string> candidateTokens)
    {
        var encoded = 0;
        var agreed = 0;
        var matched = new List<string>();
        foreach (var keys in query)
        {
            if (keys.Count == 0) continue;
            encoded++;
            for (var j = 0; j < candidate.Count; j++)
            {
                if (!candidate[j].Any(keys.Contains)) continue;
                agreed++;
                if (!matched.Contains(candidateTokens[j])) matched.Add(candidateTokens[j]);
                break;
            }
        }

        return (encoded == 0 ? 0 : agreed / (double)encoded, matched);
    }

    private static readonly string NorthernKeyPrefix = VietnameseKeys.Prefix(VietnameseDialect.Northern);

    private enum ToneMatch { Different, Same, SameInTheSouth }

    /// <summary>Whether syllable by syllable the tones agree: everywhere, only where hỏi = ngã (the South), or not.</summary>
    private static ToneMatch SameTones(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count) return ToneMatch.Different;
        var match = ToneMatch.Same;
        for (var i = 0; i < a.Count; i++)
        {
            var (ta, tb) = (ToneOf(a[i]), ToneOf(b[i]));
            if (ta == tb) continue;
            if (ta is not (Tone.Hook or Tone.Tilde) || tb is not (Tone.Hook or Tone.Tilde)) return ToneMatch.Different;
            match = ToneMatch.SameInTheSouth;
        }

        return match;
    }

    private static Tone ToneOf(string syllable)
    {
        foreach (var ch in syllable)
        {
            if (VietnameseLetters.TryDecompose(ch, out _, out var tone, out _) && tone != Tone.Level) return tone;
        }

        return Tone.Level;
    }
}
