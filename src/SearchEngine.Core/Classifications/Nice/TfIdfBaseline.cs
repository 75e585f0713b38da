using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// The yardstick for <see cref="ClassSuggester"/>: each item of the goods list finds its nearest term by classic
/// TF-IDF (unstemmed standard tokens) and gives one vote to that term's class; classes ranked by votes.
/// </summary>
internal sealed class TfIdfBaseline(TermIndex index)
{
    public IReadOnlyList<NiceClass> Suggest(string? text, int top = ClassSuggester.DefaultTop)
    {
        var votes = new Dictionary<NiceClass, int>();
        foreach (var item in GoodsList.Split(text))
        {
            var tokens = GoodsAnalysis.Tokens(GoodsAnalysis.PlainField, item.Text);
            var hits = index.Search(GoodsAnalysis.PlainField, tokens, 1);
            if (hits.Count == 0) continue;
            var c = index.Terms[hits[0].Doc].Class;
            votes[c] = votes.GetValueOrDefault(c) + 1;
        }

        return [.. votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).Take(top).Select(v => v.Key)];
    }
}
