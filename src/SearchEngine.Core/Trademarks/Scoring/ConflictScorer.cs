using System.Globalization;
using SearchEngine.Classifications.Nice;
using SearchEngine.Trademarks.Candidates;
using SearchEngine.Trademarks.Comparison;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Scoring;

/// <summary>
/// Fuses the similarity signals of a comparison into one 0–100 score, a band, and the reasons an
/// examiner reads. The main term is the best of three views of the marks (whole spelling, distinctive
/// core, word containment); phonetic agreement, tones, classes and Jaro-Winkler then order close calls.
/// </summary>
internal static class ConflictScorer
{
    public const double HighBand = 85;
    public const double MediumBand = 65;

    public static double Score(MarkComparison m)
    {
        var primary = Math.Max(m.MarkAwareSimilarity, 0.96 * m.CoreMarkAwareSimilarity);
        primary = Math.Max(primary, Containment(m));
        // The examiner's view: the dominant element of either mark reproduced in the other.
        primary = Math.Max(primary, m.Elements.View());
        // Spoken alike with the same tones (Sự Thế, Xự Thế) is nearly as confusing as written alike.
        if (m.Homophone) primary = Math.Max(primary, HomophoneSimilarity);
        // Saying the same thing in other words (Red Dragon, Rồng Đỏ, Hồng Long) is the third way marks conflict;
        // below a near spelling, which also says the same thing and looks it.
        primary = Math.Max(primary, MeaningWeight * m.Meaning.Similarity);
        var score =
            0.76 * primary +
            0.06 * m.PhoneticVi +
            0.03 * (m.SameSound ? 1 : 0) +
            0.03 * m.Metaphone +
            0.04 * m.ToneAgreement +
            0.03 * m.JaroWinkler +
            0.03 * (m.SharedClasses.Count > 0 ? 1 : m.RelatedClassPairs.Count > 0 ? 0.5 : 0) +
            0.02 * (m.IdenticalNormalized ? 1 : 0) +
            // compared goods move the score both ways: identical goods +2, unrelated goods -2
            (m.Goods is { } g ? GoodsWeight * (g.Score - 0.5) : 0);
        return Math.Round(Math.Clamp(score * 100, 0, 100), 1);
    }

    /// <summary>One mark's words all inside the other's, in order: strong, weaker the more the other adds.</summary>
    private static double Containment(MarkComparison m) =>
        m.QueryWithinCandidate || m.CandidateWithinQuery ? ContainmentBase + (1 - ContainmentBase - 0.05) * m.ContainmentCoverage : 0;

    private const double ContainmentBase = 0.55;

    private const double GoodsWeight = 0.04;

    private const double HomophoneSimilarity = 0.98;

    private const double MeaningWeight = 0.9;

    /// <summary>Meaning shared at least this far is given as a reason.</summary>
    private const double MeaningReason = 0.6;

    public static ConflictBand Band(double score) =>
        score >= HighBand ? ConflictBand.High : score >= MediumBand ? ConflictBand.Medium : ConflictBand.Low;

    private static bool IsDisclaimed(MarkProfile p, string phrase)
    {
        var folded = MarkText.Parse(phrase).Folded;
        return p.DisclaimedTexts.Any(d => d.Folded == folded);
    }

    /// <summary>The most reasons one hit lists.</summary>
    public const int MaxReasons = 16;

    public static IReadOnlyList<string> Reasons(MarkComparison m)
    {
        var reasons = new List<string>();
        if (m.IdenticalNormalized) reasons.Add("identical");
        else if (m.SameLetters) reasons.Add("same-letters");
        else if (m.CompactDistance <= 3) reasons.Add("edit-distance:" + m.CompactDistance.ToString(CultureInfo.InvariantCulture));
        else if (m.CoreDistance <= 2) reasons.Add("core-edit-distance:" + m.CoreDistance.ToString(CultureInfo.InvariantCulture));

        if (m.SameSound) reasons.Add("sounds-alike");
        if (m.PhoneticViMatches.Count > 0) reasons.Add($"phonetic-vi:\"{string.Join(' ', m.PhoneticViMatches)}\"");
        if (m.MetaphoneMatches.Count > 0) reasons.Add($"metaphone:\"{string.Join(' ', m.MetaphoneMatches)}\"");
        if (!m.SameLetters)
        {
            if (m.QueryWithinCandidate) reasons.Add($"contains:\"{m.Query.Text.Folded}\"");
            if (m.CandidateWithinQuery) reasons.Add($"within:\"{m.Candidate.Text.Folded}\"");
        }

        if (!m.SameLetters && m.Meaning.Similarity >= MeaningReason)
        {
            reasons.Add($"meaning:\"{m.Candidate.Text.Display.Trim()}\" = \"{string.Join(' ', m.Meaning.Shared).Replace('_', ' ')}\"");
        }
        reasons.AddRange(m.Elements.Reasons());

        // Every hit must say why it is there: a candidate that only shares letter sequences (found by the
        // n-gram or fuzzy strategies, far in edits) still gets its distance, which is the honest weak reason.
        if (reasons.Count == 0) reasons.Add("edit-distance:" + m.CompactDistance.ToString(CultureInfo.InvariantCulture));

        foreach (var c in m.SharedClasses) reasons.Add("same-class:" + c);
        foreach (var v in m.Vienna.SharedSections.Take(5)) reasons.Add("same-figurative:" + v);
        foreach (var (q, c) in m.RelatedClassPairs.Take(3)) reasons.Add($"related-class:{q}~{c}");
        if (m.Goods is { Grade: >= GoodsGrade.Inside } g)
        {
            reasons.Add($"goods:\"{g.QueryItem}\" {(g.Grade == GoodsGrade.Identical ? "=" : "~")} \"{g.CandidateItem}\"");
        }

        foreach (var phrase in m.Candidate.DiscountedPhrases()) reasons.Add($"{(IsDisclaimed(m.Candidate, phrase) ? "disclaimed" : "generic")}:\"{phrase}\" ignored");
        foreach (var phrase in m.Query.DiscountedPhrases()) reasons.Add($"query-generic:\"{phrase}\" ignored");
        // A phrase repeated in a mark is one reason, and a hit's reasons stay a short list whatever the mark.
        return reasons.Distinct(StringComparer.Ordinal).Take(MaxReasons).ToList();
    }
}
