using SearchEngine.Indexing;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine check --index DIR</c>: verifies every file of each collection's last commit against its
/// checksum and decodes it with Lucene's CheckIndex. Reads only, so it may run beside a server.
/// </summary>
public sealed class CheckVerb : IVerb
{
    public string Name => "check";

    public string Usage => "check [--index DIR]   (verifies every checksum and decodes each index; exit 1 when one is damaged)";

    public IReadOnlyCollection<string> ValueOptions => ["index"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Get("index") ?? IndexLayout.DefaultRoot);
        args.RejectUnknown();
        var checks = IndexCheck.Run(layout);
        if (checks.All(c => !c.Present)) throw new SearchEngineException($"no index at {layout.Root}: nothing to check");
        foreach (var c in checks) console.Out.WriteLine(Describe(c));
        if (checks.All(c => c.Clean)) return 0;
        console.Error.WriteLine($"searchengine check: damaged; {DamagedIndexException.RemedyFor(layout.Root)}");
        return 1;
    }

    private static string Describe(CollectionCheck c)
    {
        if (!c.Present) return $"{c.Collection}: no index";
        if (!c.Clean) return $"{c.Collection}: DAMAGED: {string.Join("; ", c.Problems)}";
        return $"{c.Collection}: ok, {c.Documents:N0} documents, {c.Segments} segment(s), {c.Files} files, {c.Bytes / 1048576.0:F1} MiB checksummed, commit {c.Generation}";
    }
}
