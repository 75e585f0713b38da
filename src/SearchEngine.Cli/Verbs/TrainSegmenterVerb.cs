using SearchEngine.Text;
using SearchEngine.Text.Segmentation;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine train segmenter --gold FILE --out MODEL</c>: learns the word-boundary model from
/// treebank-format sentences (how the shipped <c>Resources/vi/segmenter-model.bin.gz</c> is made).
/// </summary>
public sealed class TrainSegmenterVerb : IVerb
{
    public string Name => "train segmenter";

    public string Usage => "train segmenter --gold FILE --out MODEL [--epochs 10] [--first N]   learn the word-boundary model";

    public IReadOnlyCollection<string> ValueOptions => ["gold", "out", "epochs", "first"];

    public int Run(Arguments args, Console console)
    {
        var goldPath = args.Require("gold");
        var outPath = args.Require("out");
        var epochs = args.GetInt("epochs", 10, 1, 100);
        var first = args.GetInt("first", int.MaxValue, 1);
        args.RejectUnknown();
        var gold = EvalSegmentationVerb.ReadGold(goldPath).Take(first).ToList();
        var model = BoundaryTrainer.Train(gold, VietnameseDictionary.Default, epochs);
        using (var file = File.Create(outPath)) model.Save(file);
        console.Out.WriteLine($"trained on {gold.Count} sentences, {epochs} epochs: {model.NonZeroWeights} non-zero weights, {new FileInfo(outPath).Length} bytes -> {outPath}");
        return 0;
    }
}
