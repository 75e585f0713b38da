using System.Globalization;
using System.Text;
using SearchEngine.Text;
using SearchEngine.Text.Segmentation;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine eval segmentation --gold FILE [--train-fraction F]</c>: segments each gold sentence with its
/// '_' replaced by spaces and prints word-span precision, recall and F1. With --train-fraction it also makes an
/// honest split: trains a fresh model on the first part of the file and scores it and the baselines on the rest.
/// </summary>
public sealed class EvalSegmentationVerb : IVerb
{
    public string Name => "eval segmentation";

    public string Usage => "eval segmentation --gold FILE [--train-fraction 0.8]   word-span P/R/F1 of the segmenter on treebank-format sentences";

    public IReadOnlyCollection<string> ValueOptions => ["gold", "train-fraction", "epochs"];

    public int Run(Arguments args, Console console)
    {
        var goldPath = args.Require("gold");
        var fractionText = args.Get("train-fraction");
        var epochs = args.GetInt("epochs", 10, 1, 100);
        args.RejectUnknown();
        var gold = ReadGold(goldPath);
        var dictionary = VietnameseDictionary.Default;
        if (fractionText is null)
        {
            Print(console.Out, "shipped segmenter", Score(WordSegmenter.Default, gold));
            return 0;
        }

        if (!double.TryParse(fractionText, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) || fraction is <= 0 or >= 1)
        {
            throw new UsageException($"--train-fraction must be between 0 and 1 (exclusive), not '{fractionText}'");
        }

        var cut = (int)(gold.Count * fraction);
        var train = gold.Take(cut).ToList();
        var test = gold.Skip(cut).ToList();
        console.Out.WriteLine($"split: trained on sentences 1-{cut}, scored on sentences {cut + 1}-{gold.Count} ({test.Count})");
        Print(console.Out, "maximal matching (dictionary only)", Score(new WordSegmenter(dictionary), test));
        var model = BoundaryTrainer.Train(train, dictionary, epochs);
        Print(console.Out, "model trained on the first part", Score(new WordSegmenter(dictionary, model), test));
        Print(console.Out, "shipped segmenter (saw the whole file)", Score(WordSegmenter.Default, test));
        return 0;
    }

    internal static SegmentationScore Score(WordSegmenter segmenter, IEnumerable<string> gold)
    {
        var score = new SegmentationScore();
        foreach (var sentence in gold) score.Add(sentence, segmenter.SegmentLine(sentence.Replace('_', ' ')));
        return score;
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
