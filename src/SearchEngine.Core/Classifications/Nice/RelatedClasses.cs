namespace SearchEngine.Classifications.Nice;

/// <summary>
/// Which Nice classes an examiner checks together because their goods and services meet in trade
/// (same shops, same makers, one complementing the other). The table below is the documented source of
/// truth (see docs/trademarks.md); the relation is symmetric and every class is related to itself.
/// </summary>
public static class RelatedClasses
{
    /// <summary>Groups of classes that are related pairwise, with the reason they go together.</summary>
    public static IReadOnlyList<(int[] Classes, string Why)> Groups { get; } =
    [
        ([29, 30, 31, 32, 43], "food, drinks and the cafés and restaurants that serve them"),
        ([32, 33], "beverages, alcoholic and not"),
        ([33, 43], "alcoholic drinks and bars"),
        ([3, 5, 44], "cosmetics, pharmaceuticals and medical or beauty services"),
        ([5, 10, 44], "medicines, medical devices and medical services"),
        ([9, 38, 42], "software, telecommunication and IT services"),
        ([9, 28, 41], "games, toys and entertainment"),
        ([16, 41], "printed matter and education or publishing"),
        ([14, 18, 25, 26], "jewellery, bags, clothing and haberdashery"),
        ([12, 37, 39], "vehicles, their repair and transport"),
        ([6, 19, 37], "building materials and construction"),
        ([35, 36], "business and financial services"),
        ([39, 43], "travel and accommodation"),
        ([11, 21], "household appliances and utensils"),
        ([20, 24, 27], "furniture, textiles and floor coverings"),
        ([1, 2], "industrial chemicals and paints"),
        ([4, 1], "fuels and industrial chemicals"),
        ([7, 8], "machines and hand tools"),
        ([22, 23], "ropes, fibres and yarns"),
        ([13, 45], "firearms and security services"),
        ([15, 41], "musical instruments and entertainment"),
        // Nice cross-references and complementary goods and services
        ([3, 21], "cosmetics and cosmetic utensils"),
        ([5, 29, 30, 32], "dietary supplements and dietetic food beside ordinary food and drinks"),
        ([7, 12], "engines and motors for machines and for vehicles"),
        ([7, 11], "kitchen machines and household appliances"),
        ([8, 21], "cutlery and kitchen utensils"),
        ([1, 31], "fertilisers and agricultural produce"),
        ([31, 44], "plants and seeds, and gardening and farming services"),
        ([16, 40], "paper goods and printing"),
        ([24, 25], "textiles and clothing"),
    ];

    private static readonly HashSet<(int, int)> Pairs = BuildPairs();

    public static bool AreRelated(NiceClass a, NiceClass b) => a == b || Pairs.Contains((a.Number, b.Number));

    /// <summary>The classes themselves plus every class related to one of them.</summary>
    public static IReadOnlyList<NiceClass> Expand(IEnumerable<NiceClass> classes)
    {
        var set = new SortedSet<NiceClass>();
        foreach (var c in classes)
        {
            set.Add(c);
            for (var n = NiceClass.First; n <= NiceClass.Last; n++)
            {
                if (Pairs.Contains((c.Number, n))) set.Add(new NiceClass(n));
            }
        }

        return [.. set];
    }

    private static HashSet<(int, int)> BuildPairs()
    {
        var pairs = new HashSet<(int, int)>();
        foreach (var (classes, _) in Groups)
        {
            foreach (var a in classes)
            {
                foreach (var b in classes)
                {
                    if (a != b) pairs.Add((a, b));
                }
            }
        }

        return pairs;
    }
}
