using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Trademarks;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine backup --index DIR --to DIR2</c>: a consistent copy of the index root, checked in full.
/// A snapshot can only be pinned by the process holding the writer, so while a server runs the CLI asks it
/// (<c>--server URL</c>, admin key in <c>SEARCHENGINE_ADMIN_KEY</c>) and unpacks the archive it streams.
/// </summary>
public sealed class BackupVerb : IVerb
{
    public const string KeyVariable = "SEARCHENGINE_ADMIN_KEY";

    public string Name => "backup";

    public string Usage => $"backup [--index DIR | --server URL] --to DIR2   (consistent snapshot, checked; --server asks a running server, key in {KeyVariable})";

    public IReadOnlyCollection<string> ValueOptions => ["index", "to", "server"];

    public int Run(Arguments args, Console console)
    {
        var to = args.Require("to");
        var server = args.Get("server");
        var layout = new IndexLayout(args.Get("index") ?? IndexLayout.DefaultRoot);
        args.RejectUnknown();
        var written = server is null ? FromIndex(layout, to) : FromServer(server, to);
        foreach (var c in written)
        {
            console.Out.WriteLine($"{c.Collection}: {c.Documents:N0} documents, commit {c.Generation}, {c.Files} files, {c.Bytes / 1048576.0:F1} MiB");
        }

        console.Out.WriteLine($"backup written to {to} and checked clean; put it back with `searchengine restore --from {to} --index DIR`");
        return 0;
    }

    private static IReadOnlyList<CollectionBackup> FromIndex(IndexLayout layout, string to)
    {
        if (!TrademarkRegister.Exists(layout) && !PatentLibrary.Exists(layout)) throw new SearchEngineException($"no index at {layout.Root}: nothing to back up");
        var open = new List<IDisposable>();
        var snapshots = new List<IndexSnapshot>();
        try
        {
            if (TrademarkRegister.Exists(layout))
            {
                var register = TrademarkRegister.Open(layout, writable: true);
                open.Add(register);
                snapshots.Add(register.Snapshot());
            }

            if (PatentLibrary.Exists(layout))
            {
                var library = PatentLibrary.Open(layout, writable: true);
                open.Add(library);
                snapshots.Add(library.Snapshot());
            }

            return IndexBackup.Write(snapshots, layout, to);
        }
        catch (IndexLockedException e)
        {
            throw new SearchEngineException(
                $"{e.Message}. A running server takes the snapshot itself: `{KeyVariable}=KEY searchengine backup --server http://HOST:PORT --to {to}`", e);
        }
        finally
        {
            foreach (var s in snapshots) s.Dispose();
            foreach (var o in open) o.Dispose();
        }
    }

    private static IReadOnlyList<CollectionBackup> FromServer(string server, string to)
    {
        var key = Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrEmpty(key)) throw new UsageException($"--server needs the server's admin key in the {KeyVariable} environment variable");
        if (!Uri.TryCreate(server, UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https")) throw new UsageException($"--server must be an http(s) URL, not '{server}'");
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(root, "/api/admin/backup"));
        request.Headers.Add("X-Api-Key", key);
        using var response = http.Send(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            throw new SearchEngineException($"the server answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
        }

        using var body = response.Content.ReadAsStream();
        return IndexBackup.ReadArchive(body, to)
            .Select(c => new CollectionBackup(c.Collection, c.Generation ?? 0, c.Documents, c.Files, c.Bytes)).ToList();
    }
}
