using SearchEngine.Patents.CrossLingual;
using SearchEngine.Text;

namespace SearchEngine.Patents.QueryLanguage;

/// <summary>
/// Forgiving queries: a top-level AND of words that finds (almost) nothing is relaxed into "at least m of
/// the n words", m counting down, so the best partial matches are shown instead of an empty page. Only
/// plain words are given up: filters (IC, PD, AN), phrases, groups, proximity and NOT stay required.
/// </summary>
internal static class QueryRelaxation
{
    /// <summary>The plain words of the top-level AND a relaxation may give up (stop words aside); 0 when there is no such AND.</summary>
    public static int Words(QueryNode node) =>
        (node is CrossLingualNode x ? x.Original : node) is AndNode a ? a.Items.Count(IsWord) : 0;

    /// <summary>The least number of words still worth requiring: half of them (any one of two or three).</summary>
    public static int Floor(int words) => words <= 3 ? 1 : (words + 1) / 2;

    /// <summary>The query with at least <paramref name="minimum"/> of its top-level words required (its translations give up as many terms).</summary>
    public static QueryNode Relax(QueryNode node, int minimum)
    {
        if (node is not CrossLingualNode x) return node is AndNode a ? Split(a, IsWord, _ => minimum) : node;
        var dropped = Words(x.Original) - minimum;
        var translated = x.Translated.ToDictionary(kv => kv.Key, kv => RelaxTranslated(kv.Value, dropped));
        return x with { Original = Relax(x.Original, minimum), Translated = translated };
    }

    /// <summary>A translated AND: its terms (translated concepts, kept words) already need only some of them; give up <paramref name="dropped"/> more.</summary>
    private static QueryNode RelaxTranslated(QueryNode node, int dropped) => node switch
    {
        AtLeastNode m => m with { Minimum = Math.Max(1, Math.Min(m.Minimum, m.Items.Count - dropped)) },
        AndNode a when a.Items.OfType<AtLeastNode>().Any() => a with { Items = [.. a.Items.Select(i => i is AtLeastNode ? RelaxTranslated(i, dropped) : i)] },
        AndNode a => Split(a, IsTerm, count => Math.Max(1, count - dropped)),
        _ => node,
    };

    /// <summary>The AND with its optional items in one <see cref="AtLeastNode"/> beside the required ones.</summary>
    private static QueryNode Split(AndNode a, Func<QueryNode, bool> optional, Func<int, int> minimum)
    {
        var words = a.Items.Where(optional).ToList();
        if (words.Count < 2) return a;
        var required = a.Items.Where(i => !optional(i)).ToList();
        var atLeast = new AtLeastNode(a.Position, words, minimum(words.Count));
        return required.Count == 0 ? atLeast : new AndNode(a.Position, [.. required, atLeast]);
    }

    private static bool IsWord(QueryNode n) =>
        n is TermNode { IsPrefix: false, Field: null or FieldCode.TI or FieldCode.AB or FieldCode.CL or FieldCode.DE } t
        && !VietnameseStopWords.Contains(TextNormalizer.Fold(t.Text));

    /// <summary>A term of a translated query: a translated concept (any of its senses) or a word kept as written.</summary>
    private static bool IsTerm(QueryNode n) => n is OrNode or WeightedNode || IsWord(n);
}
