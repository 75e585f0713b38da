using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>The closest pair of goods items of two marks and how alike they are.</summary>
public sealed record GoodsMatch(GoodsGrade Grade, double Score, string QueryItem, string CandidateItem)
{
    public static readonly GoodsMatch None = new(GoodsGrade.Dissimilar, 0, "", "");
}

/// <summary>
/// Compares the goods of two marks item by item, per class: identical words, the same Nice entry (basic
/// number, across languages), one inside the other (all the words of one in the other, or a class's general
/// term against a term of that class), the same class, related classes. The best pair decides.
/// </summary>
public static class GoodsSimilarity
{
    /// <summary>The score of each grade, 0–1.</summary>
    public static double ScoreOf(GoodsGrade grade) => grade switch
    {
        GoodsGrade.Identical => 1.0,
        GoodsGrade.SameBasicNumber => 0.95,
        GoodsGrade.Inside => 0.85,
        GoodsGrade.SameClass => 0.5,
        GoodsGrade.RelatedClass => 0.25,
        _ => 0,
    };

    /// <summary>Compares two goods texts, each optionally in a known class (public entry point for tests and tools).</summary>
    public static GoodsMatch Compare(string query, NiceClass? queryClass, string candidate, NiceClass? candidateClass) =>
        Compare(Profile(query, queryClass), Profile(candidate, candidateClass));

    private static GoodsProfile Profile(string text, NiceClass? c) =>
        c is { } k ? GoodsProfile.Of([new GoodsStatement(k, text)], null, []) : GoodsProfile.Of([], text, []);

    internal static GoodsMatch Compare(GoodsProfile query, GoodsProfile candidate)
    {
        var best = GoodsMatch.None;
        foreach (var q in query.Items)
        {
            foreach (var c in candidate.Items)
            {
                var grade = Grade(q, c);
                if (grade > best.Grade) best = new GoodsMatch(grade, ScoreOf(grade), q.Text, c.Text);
                if (grade == GoodsGrade.Identical) return best;
            }
        }

        return best;
    }

    private static GoodsGrade Grade(AnalysedGoodsItem a, AnalysedGoodsItem b)
    {
        if (a.Key.Length > 0 && a.Key == b.Key) return GoodsGrade.Identical;
        if (a.BasicNumber is not null && a.BasicNumber == b.BasicNumber) return GoodsGrade.SameBasicNumber;
        var sameClass = a.Class is { } ac && b.Class is { } bc && ac == bc;
        if (a.Tokens.Count > 0 && b.Tokens.Count > 0 && (a.Tokens.IsSubsetOf(b.Tokens) || b.Tokens.IsSubsetOf(a.Tokens)) && (sameClass || a.Class is null || b.Class is null))
        {
            return GoodsGrade.Inside;
        }

        // a general term holds the class's other terms; two general terms (beers, mineral waters) are only neighbours
        if (sameClass && a.IsGeneral != b.IsGeneral) return GoodsGrade.Inside;
        if (sameClass) return GoodsGrade.SameClass;
        if (a.Class is { } x && b.Class is { } y && RelatedClasses.AreRelated(x, y)) return GoodsGrade.RelatedClass;
        return GoodsGrade.Dissimilar;
    }
}
