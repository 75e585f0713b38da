using SearchEngine.Patents.CrossLingual;
using SearchEngine.Text;

namespace SearchEngine.Patents.QueryLanguage;

/// <summary>
/// Forgiving queries: a plain AND of words that finds (almost) nothing is relaxed into "at least m of
/// the n words", m counting down, so the best partial matches are shown instead of an empty page.
/// Only the top-level AND is relaxed; what the user grouped, quoted or negated stays as written.
/// </summary>
internal static class QueryRelaxation
{
    /// <summary>The words a relaxation may give up (positive items of the top-level AND, stop words aside); 0 when there is no such AND.</summary>
    public static int Words(QueryNode node) =>
        Root(node) is AndNode a ? a.Items.Count(i => i is not NotNode && !IsStopWord(i)) : 0;

    /// <summary>The least number of words still worth requiring: half of them (any one of two or three).</summary>
    public static int Floor(int words) => words <= 3 ? 1 : (words + 1) / 2;

    /// <summary>The query with at least <paramref name="minimum"/> of its top-level words required (translations give up as many).</summary>
    public static QueryNode Relax(QueryNode node, int minimum)
    {
        if (node is not CrossLingualNode x) return RelaxAnd(node, minimum);
        var dropped = Words(x.Original) - minimum;
        var translated = x.Translated.ToDictionary(kv => kv.Key, kv => kv.Value is AtLeastNode m
            ? m with { Minimum = Math.Max(1, Math.Min(m.Minimum, m.Items.Count(i => i is not NotNode) - dropped)) }
            : kv.Value);
        return x with { Original = RelaxAnd(x.Original, minimum), Translated = translated };
    }

    private static QueryNode RelaxAnd(QueryNode node, int minimum) => node is AndNode a ? new AtLeastNode(a.Position, a.Items, minimum) : node;

    private static QueryNode Root(QueryNode node) => node is CrossLingualNode x ? x.Original : node;

    private static bool IsStopWord(QueryNode n) => n is TermNode { IsPrefix: false, Field: null } t && VietnameseStopWords.Contains(TextNormalizer.Fold(t.Text));
}
