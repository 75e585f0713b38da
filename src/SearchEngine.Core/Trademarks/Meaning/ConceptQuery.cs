using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Meaning;

/// <summary>
/// The candidate query of the <c>Concepts</c> strategy: per meaningful word of the query, any of its
/// concepts. The distinctive words are required (most of them when there are several), so "Red Dragon" asks
/// for marks meaning red and dragon, not every mark with red; a word whose concepts are common in the
/// register (việt, gold, new, star) only ranks what the distinctive ones bring.
/// </summary>
internal static class ConceptQuery
{
    private const int MaxGroups = 12;
    private const int MaxConceptsPerWord = 8;

    /// <summary>A concept carried by more than this share of the register is common.</summary>
    internal const double CommonShare = 0.01;

    /// <summary>Below this many marks a register's frequencies say little: nothing counts as common.</summary>
    private const int CommonFloor = 30;

    public static Query? Build(MarkProfile query, IndexReader reader)
    {
        var signature = query.Concepts;
        if (signature.IsEmpty) return null;
        var anyKept = query.Discounted.Any(d => !d);
        var common = Math.Max(CommonFloor, (int)(reader.MaxDoc * CommonShare));
        var distinctive = new BooleanQuery(true);
        var optional = new List<Query>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < signature.Tokens.Count && distinctive.Clauses.Count + optional.Count < MaxGroups; i++)
        {
            var token = signature.Tokens[i];
            if (token.Count == 0 || (anyKept && query.Discounted[i])) continue;
            // Surest first; among equals the lexicon's order (a folded word's readings by first sense), never the alphabet's.
            var concepts = token.OrderByDescending(c => c.Value).Take(MaxConceptsPerWord).ToList();
            if (!seen.Add(string.Join(' ', concepts.Select(c => c.Key).Order(StringComparer.Ordinal)))) continue;
            // A word's readings score alike: a rare sense of it (thủy as the planet Mercury) must not rank
            // the marks carrying that sense above those carrying the plain one (water) and the other words.
            var found = new List<(Term Term, float Certainty)>();
            var df = 0;
            foreach (var (concept, certainty) in concepts)
            {
                var term = new Term(TrademarkFields.Concepts, concept);
                var f = reader.DocFreq(term);
                if (f == 0) continue;
                df = Math.Max(df, f);
                found.Add((term, certainty));
            }

            var weight = (float)Math.Log(1 + (reader.MaxDoc + 1.0) / (df + 1.0));
            var group = new DisjunctionMaxQuery(0f);
            foreach (var (term, certainty) in found) group.Add(new ConstantScoreQuery(new TermQuery(term)) { Boost = certainty * weight });
            if (found.Count == 0) continue;
            if (df > common) optional.Add(group);
            else distinctive.Add(group, Occur.SHOULD);
        }

        if (distinctive.Clauses.Count + optional.Count == 0) return null;
        var b = new BooleanQuery(true);
        if (distinctive.Clauses.Count > 0)
        {
            // one word of three may be missing or said differently; two must both be there
            distinctive.MinimumNumberShouldMatch = distinctive.Clauses.Count <= 2 ? distinctive.Clauses.Count : distinctive.Clauses.Count - 1;
            b.Add(distinctive, Occur.MUST);
            foreach (var o in optional) b.Add(o, Occur.SHOULD);
        }
        else
        {
            // only common words: the mark is the combination of them, so all must be there
            foreach (var o in optional) b.Add(o, Occur.MUST);
        }

        return b;
    }
}
