using SearchEngine.Classifications.Nice;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine classify goods</c> (a contract): one goods text a line on stdin; for each, one line with the
/// suggested Nice classes best first separated by single spaces (<c>30 29 43</c>); an empty, binary or
/// unrecognised line gives an empty line. Exit 0.
/// </summary>
public sealed class ClassifyGoodsVerb : IVerb
{
    public string Name => "classify goods";

    public string Usage => "classify goods [--top 3]     goods text a line on stdin → suggested Nice classes best first (30 29 43)";

    public IReadOnlyCollection<string> ValueOptions => ["top"];

    public int Run(Arguments args, Console console)
    {
        var top = args.GetInt("top", 3, 1, 45);
        args.RejectUnknown();
        var suggester = ClassSuggester.Default;
        while (console.In.ReadLine() is { } line)
        {
            console.Out.WriteLine(string.Join(' ', suggester.Suggest(line, top).Select(s => s.Class)));
        }

        console.Out.Flush();
        return 0;
    }
}
