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

    public string Usage => "eval segmentation --gold FILE [--train-fraction 0.8 | --folds 5]   word-span P/R/F1 of the segmenter on treebank-format sentences";

    public IReadOnlyCollection<string> ValueOptions => ["gold", "train-fraction", "epochs", "folds"];

    public int Run(Arguments args, Console console)
    {
        var goldPath = args.Require("gold");
        var fractionText = args.Get("train-fraction");
        var epochs = args.GetInt("epochs", 10, 1, 100);
        var folds = args.GetInt("folds", 0, 2, 20);
        args.RejectUnknown();
        var gold = ReadGold(goldPath);
        var dictionary = VietnameseDictionary.Default;
        if (folds > 0)
        {
            if (fractionText is not null) throw new UsageException("give --folds or --train-fraction, not both");
            CrossValidate(console.Out, gold, dictionary, folds, epochs);
            return 0;
        }

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

    /// <summary>K contiguous folds: each is scored by a model trained on the others; scores pooled over all folds.</summary>
    private static void CrossValidate(TextWriter w, List<string> gold, VietnameseDictionary dictionary, int folds, int epochs)
    {
        var pooledModel = new SegmentationScore();
        var pooledBaseline = new SegmentationScore();
        var baseline = new WordSegmenter(dictionary);
        for (var f = 0; f < folds; f++)
        {
            var from = gold.Count * f / folds;
            var to = gold.Count * (f + 1) / folds;
            var test = gold.GetRange(from, to - from);
            var train = gold.Take(from).Concat(gold.Skip(to)).ToList();
            var segmenter = new WordSegmenter(dictionary, BoundaryTrainer.Train(train, dictionary, epochs));
            var score = Score(segmenter, test);
            foreach (var sentence in test)
            {
                var input = sentence.Replace('_', ' ');
                pooledModel.Add(sentence, segmenter.SegmentLine(input));
                pooledBaseline.Add(sentence, baseline.SegmentLine(input));
            }

            Print(w, $"fold {f + 1}/{folds} (sentences {from + 1}-{to}, model trained on the other {train.Count})", score);
        }

        Print(w, $"maximal matching, all folds", pooledBaseline);
        Print(w, $"model, {folds}-fold cross-validation, all folds", pooledModel);
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
