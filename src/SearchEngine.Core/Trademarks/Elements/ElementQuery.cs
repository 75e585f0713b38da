using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Phonetics;
using SearchEngine.Trademarks.Candidates;
using SearchEngine.Trademarks.Indexing;

namespace SearchEngine.Trademarks.Elements;

/// <summary>
/// The <see cref="CandidateStrategy.Elements"/> query: each distinctive element of the query, found in a
/// mark's elements in any order, written the same, misspelt (edits scaled to its length), sounding alike,
/// inside a compound of the mark, or holding one of the mark's words (the query's own compound pieces).
/// A mark scores the sum of the weights of the elements it shares, each element once (its best way).
/// </summary>
internal static class ElementQuery
{
    /// <summary>Elements below this weight are too common to bring candidates (they still count in scoring).</summary>
    private const double MinWeight = 0.15;

    private const int MaxElements = 12;

    public static Query? Build(IReadOnlyList<MarkElement> elements)
    {
        var b = new BooleanQuery(true);
        foreach (var e in elements.Where(e => e.Weight >= MinWeight).DistinctBy(e => e.Key).OrderByDescending(e => e.Weight).Take(MaxElements))
        {
            var w = (float)e.Weight;
            var ways = new DisjunctionMaxQuery(0f)
            {
                Constant(CandidateGenerator.Term(TrademarkFields.Elements, e.Key), w),
            };
            if (e.Kind != ElementKind.Number && e.Key.Length >= 3)
            {
                ways.Add(Constant(CandidateGenerator.Term(TrademarkFields.ElementAffixes, e.Key), 0.85f * w));
                var edits = ElementAlignment.AllowedEdits(e.Key.Length);
                if (edits > 0) ways.Add(Constant(new FuzzyQuery(new Term(TrademarkFields.Elements, e.Key), edits, 1, 20, true), 0.8f * w));
                if (e.Key.Length >= 4 && e.Key.All(char.IsAsciiLetter))
                {
                    var sound = new BooleanQuery(true);
                    foreach (var code in PhoneticEncoder.MetaphoneCodes(e.Key).Where(c => c.Length >= ElementSounds.MinCode)) sound.Add(CandidateGenerator.Term(TrademarkFields.Metaphone, code), Occur.SHOULD);
                    if (sound.Clauses.Count > 0) ways.Add(Constant(sound, 0.6f * w));
                }
            }

            b.Add(ways, Occur.SHOULD);
        }

        return b.Clauses.Count == 0 ? null : b;
    }

    private static ConstantScoreQuery Constant(Query q, float boost) => new(q) { Boost = boost };
}
