using System.Diagnostics;
using SearchEngine.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine import trademarks --index DIR FILE...</c>: streams register files into the index.</summary>
public sealed class ImportTrademarksVerb : IVerb
{
    public string Name => "import trademarks";

    public string Usage => "import trademarks [--index DIR] PATH...   (JSON Lines, CSV, WIPO ST.66/ST.96, USPTO daily XML, WIPO Publish pages or a folder of them, EUIPO JSON; optionally .gz; told by content)";

    public IReadOnlyCollection<string> ValueOptions => ["index"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Get("index") ?? IndexLayout.DefaultRoot);
        args.RejectUnknown();
        if (args.Positionals.Count == 0) throw new UsageException("name at least one register file or folder to import");
        foreach (var f in args.Positionals)
        {
            if (!File.Exists(f) && !Directory.Exists(f)) throw new SearchEngineException($"no such file or folder: {f}");
        }

        var watch = Stopwatch.StartNew();
        long imported = 0, skipped = 0;
        using (var register = TrademarkRegister.Open(layout, writable: true))
        {
            foreach (var file in args.Positionals)
            {
                var progress = new Progress(console.Error, file, watch);
                var report = register.ImportFile(file, progress);
                foreach (var p in report.Problems) console.Error.WriteLine($"{file}:{p.LineNumber}: skipped: {p.Error}");
                if (report.Skipped > report.Problems.Count)
                {
                    console.Error.WriteLine($"{file}: ... and {report.Skipped - report.Problems.Count:N0} more skipped lines");
                }

                console.Out.WriteLine($"{file}: imported {report.Imported:N0}, skipped {report.Skipped:N0}");
                imported += report.Imported;
                skipped += report.Skipped;
            }

            if (imported > 0)
            {
                var merging = watch.Elapsed.TotalSeconds;
                if (register.MergeAfterBulkImport(imported)) console.Error.WriteLine($"merged the index into one segment ({watch.Elapsed.TotalSeconds - merging:F1} s)");
            }

            var seconds = watch.Elapsed.TotalSeconds;
            console.Out.WriteLine(
                $"imported {imported:N0} marks, skipped {skipped:N0} lines in {seconds:F1} s ({imported / Math.Max(seconds, 1e-3):N0} marks/s); " +
                $"the register at {layout.Trademarks} holds {register.Count:N0} marks");
        }

        return 0;
    }

    /// <summary>
    /// Progress on stderr after each commit, synchronously (Progress&lt;T&gt; would post to the thread pool out of
    /// order): <c>FILE: N marks read, M committed (T s)</c>, M being the records a crash can no longer lose.
    /// </summary>
    private sealed class Progress(TextWriter error, string file, Stopwatch watch) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) =>
            error.WriteLine($"{file}: {value.Read:N0} marks read, {value.Committed:N0} committed ({watch.Elapsed.TotalSeconds:F1} s)");
    }
}
