using SearchEngine.Text;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine segment</c>: one sentence a line on stdin, each printed segmented in the treebank convention
/// (words separated by spaces, syllables of a word joined by '_', punctuation its own token).
/// </summary>
public sealed class SegmentVerb : IVerb
{
    public string Name => "segment";

    public string Usage => "segment                      read lines on stdin, print them word-segmented (syllables joined by _)";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(Arguments args, Console console)
    {
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException("segment reads stdin and takes no arguments");
        var segmenter = WordSegmenter.Default;
        while (console.In.ReadLine() is { } line)
        {
            console.Out.WriteLine(segmenter.SegmentLine(line));
        }

        console.Out.Flush();
        return 0;
    }
}
