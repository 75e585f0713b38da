using System.Diagnostics;
using System.Globalization;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Patents.Evaluation;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine patents synth --index DIR --docs N PATH...</c>: builds a benchmark index of N documents
/// recombined from the real paragraphs of the given patent files; prints build time and index size.
/// </summary>
public sealed class PatentSynthVerb : IVerb
{
    public string Name => "patents synth";
    public string Usage => "patents synth --index DIR --docs N [--seed 1] PATH...   (benchmark corpus recombined from real paragraphs)";
    public IReadOnlyCollection<string> ValueOptions => ["index", "docs", "seed"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Require("index"));
        var docs = args.GetInt("docs", 100_000, 1, 50_000_000);
        var seed = args.GetInt("seed", 1);
        args.RejectUnknown();
        if (args.Positionals.Count == 0) throw new UsageException("give the patent files whose paragraphs are recombined");
        if (PatentLibrary.Exists(layout)) throw new SearchEngineException($"{layout.Patents} already holds an index; use a new --index folder");

        var corpus = SyntheticCorpus.FromFiles(args.Positionals);
        console.Out.WriteLine($"recombining paragraphs of {corpus.SourceCount} source documents into {docs} documents");
        var sw = Stopwatch.StartNew();
        using (var library = PatentLibrary.Open(layout, writable: true))
        {
            var done = 0;
            var report = library.Add(corpus.Generate(docs, seed).Select(r =>
            {
                if (++done % 100_000 == 0) console.Out.WriteLine($"  {done} documents, {sw.Elapsed.TotalSeconds:0} s");
                return r;
            }));
            console.Out.WriteLine(report.ToString());
        }

        var bytes = new DirectoryInfo(layout.Patents).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"built {docs} documents in {sw.Elapsed.TotalSeconds:0.0} s ({docs / sw.Elapsed.TotalSeconds:0} docs/s); index {bytes / 1048576.0:0.0} MiB = {bytes / 1048576.0 / docs * 1_000_000 / 1024:0.00} GiB per million documents"));
        return 0;
    }
}
