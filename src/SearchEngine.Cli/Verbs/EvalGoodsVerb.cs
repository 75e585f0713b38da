using System.Globalization;
using SearchEngine.Classifications.Nice;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine eval goods --texts F</c>: top-1 / top-3 class accuracy of the suggester beside the TF-IDF
/// nearest-term baseline, per language, on <c>CLASS&lt;TAB&gt;TEXT</c> lines (docs/goods-dev-texts.py builds them).
/// </summary>
public sealed class EvalGoodsVerb : IVerb
{
    public string Name => "eval goods";

    public string Usage => "eval goods --texts F [--misses N] class suggestion top-1/top-3 vs a TF-IDF baseline on CLASS<TAB>TEXT lines";

    public IReadOnlyCollection<string> ValueOptions => ["texts", "misses"];

    public int Run(Arguments args, Console console)
    {
        var path = args.Require("texts");
        var misses = args.GetInt("misses", 0, 0, 100_000);
        args.RejectUnknown();
        if (!File.Exists(path)) throw new SearchEngineException($"texts file '{path}' not found");
        IReadOnlyList<GoodsDevText> texts;
        using (var reader = TextFiles.Open(path)) texts = GoodsDevText.Read(reader);
        if (texts.Count == 0) throw new SearchEngineException($"'{path}' holds no texts");
        var suggester = ClassSuggester.Default;
        suggester.Suggest(texts[0].Text); // loads the index outside the timing
        console.Out.WriteLine("method          lang      n   top-1   top-3   ms/text");
        foreach (var r in GoodsEvaluation.Run(suggester, texts))
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Method,-15} {r.Language,-4} {r.Count,6} {r.Top1,7:F3} {r.Top3,7:F3} {r.MeanMilliseconds,9:F3}"));
        }

        foreach (var t in texts.Where(t => suggester.Suggest(t.Text, 1).FirstOrDefault()?.Class != t.Class).Take(misses))
        {
            var s = suggester.Suggest(t.Text, 3);
            console.Out.WriteLine($"miss {t.Class}: {string.Join(' ', s.Select(x => $"{x.Class}({x.Score:F2} {x.Terms.FirstOrDefault()?.Text})"))} <- {(t.Text.Length > 120 ? t.Text[..120] : t.Text)}");
        }

        console.Out.Flush();
        return 0;
    }
}
