using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// Exact look-ups over the classification for goods comparison: the Nice entry an item's words name
/// (order-free, analysed: "coffee", "cà phê" → 300029) and the general terms of each class, the items of
/// its heading ("clothing" in "Clothing, footwear, headwear"), which contain every term of the class.
/// </summary>
internal sealed class GoodsLexicon
{
    private static readonly Lazy<GoodsLexicon> Shipped = new(() => new GoodsLexicon(NiceClassification.Default));

    private readonly Dictionary<(string Field, string Key), GoodsTerm> _entries = [];
    private readonly HashSet<(string Field, string Key, int Class)> _general = [];

    public GoodsLexicon(NiceClassification classification)
    {
        foreach (var t in classification.Terms)
        {
            var field = GoodsAnalysis.FieldFor(t.Language);
            var key = Key(field, t.Text);
            if (key.Length == 0) continue;
            if (t.Source == GoodsTermSource.Heading)
            {
                foreach (var item in GoodsList.Split(t.Text)) _general.Add((field, Key(field, item.Text), t.Class.Number));
                continue;
            }

            // the English list first, so a basic number wins over a curated term without one
            if (!_entries.TryGetValue((field, key), out var known) || (known.BasicNumber is null && t.BasicNumber is not null)) _entries[(field, key)] = t;
        }
    }

    public static GoodsLexicon Default => Shipped.Value;

    public static string Key(string field, string text) =>
        string.Join(' ', GoodsAnalysis.Tokens(field, text).Where(t => !t.Contains('_')).Distinct().Order(StringComparer.Ordinal));

    public GoodsTerm? Entry(string field, string key) => _entries.GetValueOrDefault((field, key));

    public bool IsGeneral(string field, string key, NiceClass c) => _general.Contains((field, key, c.Number));
}
