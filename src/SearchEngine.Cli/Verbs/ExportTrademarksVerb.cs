using SearchEngine.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine export trademarks --index DIR</c>: the register as JSON Lines in the import format on
/// standard output, streamed; importing the output gives the same records.
/// </summary>
public sealed class ExportTrademarksVerb : IVerb
{
    public string Name => "export trademarks";

    public string Usage => "export trademarks [--index DIR]   (JSON Lines on stdout, the import format)";

    public IReadOnlyCollection<string> ValueOptions => ["index"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Get("index") ?? IndexLayout.DefaultRoot);
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException("export takes no file: it writes to standard output");
        using var register = TrademarkRegister.Open(layout, writable: false);
        var n = register.Export(console.Out);
        console.Out.Flush();
        console.Error.WriteLine($"exported {n:N0} marks");
        return 0;
    }
}
