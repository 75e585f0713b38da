using SearchEngine.Indexing;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine restore --from DIR2 --index DIR [--force]</c>: checks a backup in full, then puts it in
/// place; an existing index is replaced only with <c>--force</c>, and never one a process is writing.
/// </summary>
public sealed class RestoreVerb : IVerb
{
    public string Name => "restore";

    public string Usage => "restore --from DIR2 [--index DIR] [--force]   (checks the backup first; --force replaces an existing index, never a live one)";

    public IReadOnlyCollection<string> ValueOptions => ["index", "from"];

    public int Run(Arguments args, Console console)
    {
        var from = args.Require("from");
        var layout = new IndexLayout(args.Get("index") ?? IndexLayout.DefaultRoot);
        var force = args.Has("force");
        args.RejectUnknown();
        foreach (var c in IndexBackup.Restore(from, layout, force))
        {
            console.Out.WriteLine(c.Clean
                ? $"{c.Collection}: restored, {c.Documents:N0} documents, commit {c.Generation}, checked clean"
                : $"{c.Collection}: DAMAGED after restore: {string.Join("; ", c.Problems)}");
        }

        return 0;
    }
}
