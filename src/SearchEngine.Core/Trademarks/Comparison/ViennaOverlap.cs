using SearchEngine.Classifications;

namespace SearchEngine.Trademarks.Comparison;

/// <summary>
/// How much two marks' figurative elements agree by their Vienna codes: the share of sections (26.04.01) and
/// of divisions (26.04) they have in common. Two logos both of a square with a star are alike however
/// different their words; marks with no codes (word marks) agree on nothing here.
/// </summary>
internal sealed class ViennaOverlap
{
    public static readonly ViennaOverlap None = new([], []);

    public ViennaOverlap(IReadOnlyList<string> query, IReadOnlyList<string> candidate)
    {
        if (query.Count == 0 || candidate.Count == 0) return;
        var q = Parse(query);
        var c = Parse(candidate);
        SharedSections = [.. q.Where(x => x.Level == 3).Intersect(c.Where(x => x.Level == 3)).Select(x => x.ToString()).Order(StringComparer.Ordinal)];
        SectionOverlap = Jaccard(q.Where(x => x.Level == 3).Select(x => x.ToString()), c.Where(x => x.Level == 3).Select(x => x.ToString()));
        DivisionOverlap = Jaccard(q.Select(x => x.DivisionCode?.ToString()).OfType<string>(), c.Select(x => x.DivisionCode?.ToString()).OfType<string>());
    }

    public double SectionOverlap { get; }

    public double DivisionOverlap { get; }

    public IReadOnlyList<string> SharedSections { get; } = [];

    private static List<ViennaCode> Parse(IReadOnlyList<string> codes) =>
        [.. codes.Select(c => ViennaCode.TryParse(c, out var v) ? v : (ViennaCode?)null).OfType<ViennaCode>()];

    private static double Jaccard(IEnumerable<string> a, IEnumerable<string> b)
    {
        var x = a.ToHashSet(StringComparer.Ordinal);
        var y = b.ToHashSet(StringComparer.Ordinal);
        if (x.Count == 0 || y.Count == 0) return 0;
        var shared = x.Count(y.Contains);
        return shared / (double)(x.Count + y.Count - shared);
    }
}
