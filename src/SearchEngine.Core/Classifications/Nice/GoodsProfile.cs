using System.Collections.Concurrent;
using SearchEngine.Text;
using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>One goods item analysed for comparison: its class, its tokens, and the Nice entry it names if any.</summary>
internal sealed record AnalysedGoodsItem(string Text, NiceClass? Class, string Key, HashSet<string> Tokens, string? BasicNumber, bool IsGeneral);

/// <summary>
/// The goods of one side of a comparison, item by item. Items are analysed once and cached (registers repeat
/// the same goods wording thousands of times), so comparing a hundred candidates costs dictionary look-ups.
/// </summary>
internal sealed class GoodsProfile
{
    private const int MaxCached = 100_000;
    private const int MaxItemsPerSide = 100;

    private static readonly ConcurrentDictionary<(string, int), AnalysedGoodsItem> Cache = new();

    public GoodsProfile(IReadOnlyList<AnalysedGoodsItem> items) => Items = items;

    public IReadOnlyList<AnalysedGoodsItem> Items { get; }

    public bool IsEmpty => Items.Count == 0;

    public static readonly GoodsProfile Empty = new([]);

    /// <summary>Per-class statements when there are any; else the free text, in the mark's class when it has one.</summary>
    public static GoodsProfile Of(IReadOnlyList<GoodsStatement> goods, string? freeText, IReadOnlyList<NiceClass> classes)
    {
        var items = new List<AnalysedGoodsItem>();
        if (goods.Count > 0)
        {
            foreach (var g in goods) Add(items, g.Text, g.Class);
        }
        else if (!string.IsNullOrWhiteSpace(freeText))
        {
            Add(items, freeText, classes.Count == 1 ? classes[0] : null);
        }

        return items.Count == 0 ? Empty : new GoodsProfile(items);
    }

    private static void Add(List<AnalysedGoodsItem> items, string text, NiceClass? c)
    {
        foreach (var item in GoodsList.Split(text))
        {
            if (items.Count == MaxItemsPerSide) return;
            items.Add(Analyse(item.Text, c));
        }
    }

    public static AnalysedGoodsItem Analyse(string text, NiceClass? c)
    {
        var key = (text, c?.Number ?? 0);
        if (Cache.TryGetValue(key, out var cached)) return cached;
        var lexicon = GoodsLexicon.Default;
        var language = GoodsAnalysis.Guess(text);
        var field = GoodsAnalysis.FieldFor(language);
        var tokens = GoodsAnalysis.Tokens(field, text).Where(t => !t.Contains('_')).ToHashSet(StringComparer.Ordinal);
        var itemKey = string.Join(' ', tokens.Order(StringComparer.Ordinal));
        var entry = lexicon.Entry(field, itemKey);
        var itemClass = c ?? entry?.Class ?? ClassSuggester.Default.Suggest(text, 1).FirstOrDefault()?.Class;
        var general = itemClass is { } ic && lexicon.IsGeneral(field, itemKey, ic);
        var analysed = new AnalysedGoodsItem(TextNormalizer.Normalize(text), itemClass, itemKey, tokens, entry?.BasicNumber, general);
        if (Cache.Count >= MaxCached) Cache.Clear();
        Cache[key] = analysed;
        return analysed;
    }
}
