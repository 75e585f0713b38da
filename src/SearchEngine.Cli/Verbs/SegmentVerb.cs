using SearchEngine.Text;
using SearchEngine.Text.Segmentation;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine segment</c>: one sentence a line on stdin, each printed segmented in the treebank convention
/// (words separated by spaces, syllables of a word joined by '_', punctuation its own token).
/// </summary>
public sealed class SegmentVerb : IVerb
{
    public string Name => "segment";

    public string Usage => "segment [--model FILE]       read lines on stdin, print them word-segmented (syllables joined by _)";

    public IReadOnlyCollection<string> ValueOptions => ["model"];

    public int Run(Arguments args, Console console)
    {
        var modelPath = args.Get("model");
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException("segment reads stdin and takes no arguments");
        var segmenter = modelPath is null ? WordSegmenter.Default : new WordSegmenter(VietnameseDictionary.Default, LoadModel(modelPath));
        while (console.In.ReadLine() is { } line)
        {
            console.Out.WriteLine(segmenter.SegmentLine(line));
        }

        console.Out.Flush();
        return 0;
    }

    private static BoundaryModel LoadModel(string path)
    {
        if (!File.Exists(path)) throw new SearchEngineException($"model file '{path}' not found");
        using var file = File.OpenRead(path);
        return BoundaryModel.Load(file);
    }
}
