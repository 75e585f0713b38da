using SearchEngine.Patents.Evaluation;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine patents known-items --data FILE [--out FILE] [--words 10]</c>: writes the known-item
/// query file (each title lower-cased without accents, first ten words → that record) for <c>eval patents</c>.
/// </summary>
public sealed class PatentKnownItemsVerb : IVerb
{
    public string Name => "patents known-items";
    public string Usage => "patents known-items --data FILE [--out FILE] [--words 10]   (writes eval queries from a patent file's titles)";
    public IReadOnlyCollection<string> ValueOptions => ["data", "out", "words"];

    public int Run(Arguments args, Console console)
    {
        var data = args.Require("data");
        var output = args.Get("out");
        var words = args.GetInt("words", 10, 1, 100);
        args.RejectUnknown();
        var queries = KnownItemQueries.FromFile(data, words);
        if (output is null)
        {
            KnownItemQueries.Write(queries, console.Out);
            return 0;
        }

        using (var w = new StreamWriter(output)) KnownItemQueries.Write(queries, w);
        console.Out.WriteLine($"wrote {queries.Count} known-item queries to {output}");
        return 0;
    }
}
