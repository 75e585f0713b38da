using System.Diagnostics;
using System.Globalization;
using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>One dev text: a goods statement and the class the office gave it.</summary>
public sealed record GoodsDevText(NiceClass Class, string Text)
{
    /// <summary>Reads <c>CLASS&lt;TAB&gt;TEXT</c> lines (the format of docs/goods-dev-texts.py); throws naming the bad line.</summary>
    public static IReadOnlyList<GoodsDevText> Read(TextReader reader)
    {
        var texts = new List<GoodsDevText>();
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var tab = line.IndexOf('\t');
            if (tab < 0 || !int.TryParse(line[..tab], NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) || c is < NiceClass.First or > NiceClass.Last)
            {
                throw new SearchEngineException($"line {n}: expected CLASS<TAB>TEXT with a class from 1 to 45");
            }

            texts.Add(new GoodsDevText(new NiceClass(c), line[(tab + 1)..]));
        }

        return texts;
    }
}

/// <summary>Top-1 / top-3 accuracy of a class suggester over some texts, and its mean time per text.</summary>
public sealed record SuggestionAccuracy(string Method, string Language, int Count, double Top1, double Top3, double MeanMilliseconds);

/// <summary>Scores <see cref="ClassSuggester"/> and the TF-IDF baseline on the same texts, per language.</summary>
public static class GoodsEvaluation
{
    public static IReadOnlyList<SuggestionAccuracy> Run(ClassSuggester suggester, IReadOnlyList<GoodsDevText> texts)
    {
        var baseline = new TfIdfBaseline(suggester.Index);
        var methods = new (string Name, Func<string, IReadOnlyList<NiceClass>> Suggest)[]
        {
            ("tfidf-baseline", t => baseline.Suggest(t, 3)),
            ("suggester", t => [.. suggester.Suggest(t, 3).Select(s => s.Class)]),
        };
        var results = new List<SuggestionAccuracy>();
        foreach (var group in texts.GroupBy(t => GoodsAnalysis.Guess(t.Text)).OrderBy(g => g.Key).Append(null))
        {
            var subset = group?.ToList() ?? [.. texts];
            var language = group is null ? "all" : group.Key == GoodsLanguage.English ? "en" : "vi";
            foreach (var (name, suggest) in methods)
            {
                int top1 = 0, top3 = 0;
                var clock = Stopwatch.StartNew();
                foreach (var t in subset)
                {
                    var s = suggest(t.Text);
                    if (s.Count > 0 && s[0] == t.Class) top1++;
                    if (s.Take(3).Contains(t.Class)) top3++;
                }

                var n = Math.Max(1, subset.Count);
                results.Add(new SuggestionAccuracy(name, language, subset.Count, top1 / (double)n, top3 / (double)n, clock.Elapsed.TotalMilliseconds / n));
            }
        }

        return results;
    }
}
