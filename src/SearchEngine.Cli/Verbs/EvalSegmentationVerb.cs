using System.Globalization;
using System.Text;
using SearchEngine.Text;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine eval segmentation --gold FILE</c>: segments each gold sentence with its '_' replaced by spaces
/// and prints word-span precision, recall and F1.
/// </summary>
public sealed class EvalSegmentationVerb : IVerb
{
    public string Name => "eval segmentation";

    public string Usage => "eval segmentation --gold FILE   word-span P/R/F1 of the segmenter on a treebank-format file";

    public IReadOnlyCollection<string> ValueOptions => ["gold"];

    public int Run(Arguments args, Console console)
    {
        var goldPath = args.Require("gold");
        args.RejectUnknown();
        var gold = ReadGold(goldPath);
        var segmenter = WordSegmenter.Default;
        var score = new SegmentationScore();
        foreach (var sentence in gold)
        {
            score.Add(sentence, segmenter.SegmentLine(sentence.Replace('_', ' ')));
        }

        Print(console.Out, "shipped segmenter", score);
        return 0;
    }

    internal static List<string> ReadGold(string path)
    {
        if (!File.Exists(path)) throw new SearchEngineException($"gold file '{path}' not found");
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count == 0) throw new SearchEngineException($"gold file '{path}' has no sentences");
        return lines;
    }

    internal static void Print(TextWriter w, string label, SegmentationScore s) =>
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: sentences={s.Sentences} gold_words={s.GoldWords} predicted_words={s.PredictedWords} correct={s.CorrectWords} precision={s.Precision:F4} recall={s.Recall:F4} f1={s.F1:F4}"));
}
