using System.Diagnostics;
using SearchEngine.Indexing;
using SearchEngine.Patents;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine import patents --index DIR PATH...</c>: USPTO grant XML and WIPO Publish JSON Lines, by content.</summary>
public sealed class ImportPatentsVerb : IVerb
{
    public string Name => "import patents";
    public string Usage => "import patents --index DIR PATH...   (USPTO grant XML, WIPO Publish JSON Lines; files, folders, .gz)";
    public IReadOnlyCollection<string> ValueOptions => ["index"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Require("index"));
        args.RejectUnknown();
        if (args.Positionals.Count == 0) throw new UsageException("give at least one file or folder to import");
        using var library = PatentLibrary.Open(layout, writable: true);
        var report = library.Import(args.Positionals, new Progress(console.Error, Stopwatch.StartNew()));
        foreach (var p in report.Problems) console.Error.WriteLine($"bad record skipped: {p}");
        console.Out.WriteLine(report.ToString());
        console.Out.WriteLine($"the index at {layout.Patents} now holds {library.Count} patent documents");
        return report.Imported == 0 && report.Failed > 0 ? 1 : 0;
    }

    /// <summary>Run totals on stderr after each commit and each file: the documents counted as committed survive a kill.</summary>
    private sealed class Progress(TextWriter error, Stopwatch watch) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) =>
            error.WriteLine($"{value.Source}: {value.Read:N0} documents read, {value.Committed:N0} committed ({watch.Elapsed.TotalSeconds:F1} s)");
    }
}
