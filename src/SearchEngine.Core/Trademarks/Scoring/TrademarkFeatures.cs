using SearchEngine.Classifications.Nice;
using SearchEngine.Trademarks.Comparison;

namespace SearchEngine.Trademarks.Scoring;

/// <summary>
/// The feature row of a (query, candidate) pair, for learning to rank. <see cref="Version"/> changes
/// whenever a feature is added, removed, reordered or computed differently, so a model trained on
/// another row layout is never applied.
/// </summary>
public static class TrademarkFeatures
{
    public const string Version = "trademarks-features-5";

    public static IReadOnlyList<string> Names { get; } =
    [
        "compact_similarity",      // 1 - Damerau distance / length on the compact folded forms
        "compact_distance",        // the Damerau distance itself, capped at 10
        "folded_similarity",       // Levenshtein similarity with spaces kept
        "jaro_winkler",
        "fuzz_ratio",              // FuzzySharp ratios on the folded forms, 0..1
        "fuzz_token_sort",
        "fuzz_token_set",
        "core_similarity",         // best similarity once generic / disclaimed words are removed
        "mark_aware_similarity",   // toned Damerau where a letter differing only by its marks costs 0.25 (0.05 against plain ASCII)
        "core_mark_aware_similarity",
        "identical",               // same normalised text (case, spacing and punctuation aside)
        "same_letters",            // same compact folded letters
        "tone_agreement",          // share of query tokens found with the same tones
        "phonetic_vi",             // share of query syllables with a Vietnamese phonetic key in the candidate
        "same_sound",              // 1 when the whole marks, read as Vietnamese words, share a dialect key
        "homophone",               // 1 when they also carry the same tones in that dialect (both written with marks)
        "metaphone",               // same with Double Metaphone codes
        "query_in_candidate",      // share of the query's distinctive words present in the candidate
        "candidate_in_query",      // share of the candidate's distinctive words present in the query
        "query_within_candidate",  // 1 when every query word is in the candidate, in order
        "candidate_within_query",  // 1 when every candidate word is in the query, in order
        "containment_coverage",    // then: the shorter mark's share of the longer's letters
        "length_difference",       // |compact length difference| / longer length
        "token_count_difference",  // |token count difference| / 5, capped
        "class_overlap",           // Jaccard overlap of Nice classes
        "same_class",              // 1 when a class is shared
        "related_class",           // 1 when no class is shared but a related one is
        "disclaimed_share",        // share of the candidate's tokens that are generic or disclaimed
        "lucene_exact",            // per-strategy Lucene score, normalised by the strategy's best score (0 when absent)
        "lucene_fuzzy_compact",
        "lucene_tokens",
        "lucene_ngrams",
        "lucene_phonetic",
        "lucene_parts",
        "lucene_containment",
        "lucene_concepts",
        "lucene_elements",
        // vienna
        "vienna_section_overlap",  // Jaccard overlap of the figurative elements' Vienna sections (26.04.01); 0 unless both marks have codes
        "vienna_division_overlap", // the same for their divisions (26.04)
        // meaning
        "meaning_similarity",      // the lower of the two coverages below (0 when no concept is shared)
        "meaning_query_coverage",  // share of the query's distinctive words (weighted by concept rarity and reading certainty) whose concepts the candidate carries
        "meaning_candidate_coverage", // the same from the candidate's side (its translation when that covers more)
        "meaning_shared_concepts", // concepts shared, / 3, capped at 1
        // goods
        "goods_compared",          // 1 when both the query and the candidate have goods text
        "goods_similarity",        // GoodsSimilarity of the closest pair of goods items, 0..1
        "goods_identical",         // the closest pair's grade, one-hot: identical words
        "goods_same_basic_number", // the same Nice entry worded differently (also across languages)
        "goods_inside",            // one inside the other (cà phê / cà phê rang xay; clothing / shirts)
        "goods_same_class",
        "goods_related_class",
        // elements
        "element_dominant_shared",          // how the query's most distinctive element is found in the candidate (1 same, 0.85 in a compound, ~0.8 spelt or sounding alike)
        "element_dominant_weight",          // its distinctiveness in the register (0..1) when found
        "element_earlier_dominant_shared",  // the same for the candidate's (earlier mark's) most distinctive element, found in the query
        "element_earlier_dominant_weight",
        "element_query_coverage",           // share of the query's distinctive weight found in the candidate
        "element_candidate_coverage",       // share of the candidate's distinctive weight found in the query
        "element_order_free",               // mean best-match quality of both marks' elements, in any order
        "same_words_other_order",
        "element_view",                     // the element term of the fused score
        "fused_score",                      // the fused score / 100
        "fused_rank",                       // rank by fused score within the candidate list / 100, capped at 1 (size-invariant)
        "fused_gap",                        // (best fused score - this one) / 100
        "letters_group_gap",                // (best fused score of the list's marks spelt with this one's letters - this one) / 100: a mark spelt like a stronger candidate is as confusing as it
        "letters_group_size",               // the list's marks spelt with this one's letters / 10, capped at 1
        "class_share_in_list",              // share of the list's first 100 marks sharing a class with the query: the denser the register, the less a shared class tells
    ];

    /// <summary>Position of the first feature that depends on the whole candidate list, filled by <see cref="SetListFeatures"/>.</summary>
    private static readonly int ListFeatures = Names.Count - 6;

    /// <summary>Candidates, from the best, over which the share of a shared class is counted (the reranker's depth).</summary>
    private const int ClassShareDepth = 100;

    internal static float[] Row(MarkComparison m)
    {
        var row = new float[Names.Count];
        var i = 0;
        row[i++] = (float)m.CompactSimilarity;
        row[i++] = Math.Min(10, m.CompactDistance);
        row[i++] = (float)m.FoldedSimilarity;
        row[i++] = (float)m.JaroWinkler;
        row[i++] = (float)m.Ratio;
        row[i++] = (float)m.TokenSortRatio;
        row[i++] = (float)m.TokenSetRatio;
        row[i++] = (float)Math.Max(m.CoreSimilarity, m.CompactSimilarity);
        row[i++] = (float)m.MarkAwareSimilarity;
        row[i++] = (float)Math.Max(m.CoreMarkAwareSimilarity, m.MarkAwareSimilarity);
        row[i++] = m.IdenticalNormalized ? 1 : 0;
        row[i++] = m.SameLetters ? 1 : 0;
        row[i++] = (float)m.ToneAgreement;
        row[i++] = (float)m.PhoneticVi;
        row[i++] = m.SameSound ? 1 : 0;
        row[i++] = m.Homophone ? 1 : 0;
        row[i++] = (float)m.Metaphone;
        row[i++] = (float)m.QueryInCandidate;
        row[i++] = (float)m.CandidateInQuery;
        row[i++] = m.QueryWithinCandidate ? 1 : 0;
        row[i++] = m.CandidateWithinQuery ? 1 : 0;
        row[i++] = (float)m.ContainmentCoverage;
        row[i++] = (float)m.LengthDifference;
        row[i++] = (float)m.TokenCountDifference;
        row[i++] = (float)m.ClassOverlap;
        row[i++] = m.SharedClasses.Count > 0 ? 1 : 0;
        row[i++] = m.RelatedClassPairs.Count > 0 ? 1 : 0;
        row[i++] = (float)m.DisclaimedShare;
        foreach (var s in m.StrategyScores) row[i++] = s;
        row[i++] = (float)m.Vienna.SectionOverlap;
        row[i++] = (float)m.Vienna.DivisionOverlap;
        row[i++] = (float)m.Meaning.Similarity;
        row[i++] = (float)m.Meaning.QueryCoverage;
        row[i++] = (float)m.Meaning.CandidateCoverage;
        row[i++] = Math.Min(1f, m.Meaning.Shared.Count / 3f);
        // goods
        var g = m.Goods;
        row[i++] = g is null ? 0 : 1;
        row[i++] = (float)(g?.Score ?? 0);
        row[i++] = g?.Grade == GoodsGrade.Identical ? 1 : 0;
        row[i++] = g?.Grade == GoodsGrade.SameBasicNumber ? 1 : 0;
        row[i++] = g?.Grade == GoodsGrade.Inside ? 1 : 0;
        row[i++] = g?.Grade == GoodsGrade.SameClass ? 1 : 0;
        row[i++] = g?.Grade == GoodsGrade.RelatedClass ? 1 : 0;
        // elements
        var e = m.Elements;
        row[i++] = (float)e.DominantMatch.Quality;
        row[i++] = (float)e.DominantWeight;
        row[i++] = (float)e.EarlierDominantMatch.Quality;
        row[i++] = (float)e.EarlierDominantWeight;
        row[i++] = (float)e.QueryCoverage;
        row[i++] = (float)e.CandidateCoverage;
        row[i++] = (float)e.OrderFreeSimilarity;
        row[i++] = e.SameWordsOtherOrder ? 1 : 0;
        row[i] = (float)e.View();
        return row;
    }

    /// <summary>
    /// The features that place a candidate within its list, given in descending fused order: its fused score, its
    /// rank and its distance from the best; how far it is from the best mark spelt with its letters and how many
    /// such marks there are; how common a shared class is in the list. Unlike raw scores and counts they mean the
    /// same at fifty thousand marks as at a million, and they tell the model how crowded this query's list is.
    /// </summary>
    internal static void SetListFeatures(IReadOnlyList<(float[] Row, double Fused, string Letters, bool SharesClass)> list)
    {
        if (list.Count == 0) return;
        var groups = new Dictionary<string, (double Best, int Count)>(StringComparer.Ordinal);
        foreach (var c in list)
        {
            groups[c.Letters] = groups.TryGetValue(c.Letters, out var g) ? (Math.Max(g.Best, c.Fused), g.Count + 1) : (c.Fused, 1);
        }

        var depth = Math.Min(ClassShareDepth, list.Count);
        var classShare = (float)list.Take(depth).Count(c => c.SharesClass) / depth;
        var best = list[0].Fused;
        for (var rank = 0; rank < list.Count; rank++)
        {
            var (row, fused, letters, _) = list[rank];
            var group = groups[letters];
            row[ListFeatures] = (float)(fused / 100);
            row[ListFeatures + 1] = Math.Min(1f, rank / 100f);
            row[ListFeatures + 2] = (float)((best - fused) / 100);
            row[ListFeatures + 3] = (float)((group.Best - fused) / 100);
            row[ListFeatures + 4] = Math.Min(1f, group.Count / 10f);
            row[ListFeatures + 5] = classShare;
        }
    }
}
