using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Meaning;

/// <summary>
/// How far two marks say the same thing: the share of each mark's distinctive words (weighted by how rare
/// their concepts are in the register and how sure their reading is) whose concepts the other mark carries.
/// <see cref="Similarity"/> is the lower of the two shares, so a mark that only repeats one common word of
/// a long mark (Gold in "Gold Star Việt Phát") is not its equal.
/// </summary>
internal sealed class MeaningMatch
{
    public static readonly MeaningMatch None = new(0, 0, []);

    private MeaningMatch(double queryCoverage, double candidateCoverage, IReadOnlyList<string> shared)
    {
        QueryCoverage = queryCoverage;
        CandidateCoverage = candidateCoverage;
        Shared = shared;
    }

    public double QueryCoverage { get; }
    public double CandidateCoverage { get; }

    /// <summary>Shared concepts in the order an English speaker would say them.</summary>
    public IReadOnlyList<string> Shared { get; }

    public double Similarity => Shared.Count == 0 ? 0 : Math.Min(QueryCoverage, CandidateCoverage);

    /// <summary>The better of the candidate's mark and its recorded translation (INID 566).</summary>
    public static MeaningMatch Between(MarkProfile query, MarkProfile candidate, ConceptWeights weights)
    {
        var mark = Between(query.Concepts, query.Discounted, candidate.Concepts, candidate.Discounted, weights);
        if (candidate.TranslationConcepts.IsEmpty) return mark;
        var translation = Between(query.Concepts, query.Discounted, candidate.TranslationConcepts, null, weights);
        return translation.Similarity > mark.Similarity ? translation : mark;
    }

    public static MeaningMatch Between(ConceptSignature q, bool[]? qDiscounted, ConceptSignature c, bool[]? cDiscounted, ConceptWeights weights)
    {
        if (q.IsEmpty || c.IsEmpty) return None;
        var qAll = Best(q);
        var cAll = Best(c);
        var shared = new List<string>();
        var qCoverage = Coverage(q, qDiscounted, cAll, weights, null);
        var cCoverage = Coverage(c, cDiscounted, qAll, weights, shared);
        if (c.HeadFirst && !q.HeadFirst) shared.Reverse();
        return shared.Count == 0 ? None : new MeaningMatch(qCoverage, cCoverage, shared);
    }

    /// <summary>Each concept of a mark with the surest reading that gives it.</summary>
    private static Dictionary<string, float> Best(ConceptSignature s)
    {
        var all = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var t in s.Tokens)
        {
            foreach (var (concept, certainty) in t)
            {
                if (!all.TryGetValue(concept, out var was) || was < certainty) all[concept] = certainty;
            }
        }

        return all;
    }

    private static double Coverage(ConceptSignature s, bool[]? discounted, Dictionary<string, float> other, ConceptWeights weights, List<string>? shared)
    {
        var anyKept = discounted is not null && discounted.Length == s.Tokens.Count && discounted.Any(d => !d);
        double total = 0, covered = 0;
        // Unsure readings that all land on the other mark corroborate each other: "Duong Lanh" could be many
        // toned words, but that both its words mean what "Cold Way" means is no accident of one reading.
        var counted = 0;
        var allMatched = true;
        double allWrong = 1;
        for (var i = 0; i < s.Tokens.Count; i++)
        {
            // generic and disclaimed words say nothing distinctive, unless the mark is nothing else
            if ((anyKept && discounted![i]) || s.FunctionWords[i]) continue;
            var token = s.Tokens[i];
            var weight = (token.Count == 0 ? weights.UnknownWordWeight : token.Keys.Min(weights.Weight));
            total += weight;
            var best = 0f;
            string? match = null;
            foreach (var (concept, certainty) in token)
            {
                if (!other.TryGetValue(concept, out var theirs)) continue;
                var sure = certainty * theirs;
                if (sure > best) (best, match) = (sure, concept);
            }

            covered += weight * best;
            counted++;
            allMatched &= best > 0;
            allWrong *= 1 - best;
            if (match is not null && shared is not null && !shared.Contains(match)) shared.Add(match);
        }

        if (total == 0) return 0;
        return counted >= 2 && allMatched ? Math.Max(covered / total, 1 - allWrong) : covered / total;
    }
}
