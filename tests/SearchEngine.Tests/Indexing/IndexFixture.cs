using SearchEngine.Cli;
using SearchEngine.Indexing;
using SearchEngine.Tests.Trademarks;

namespace SearchEngine.Tests.Indexing;

/// <summary>A small trademark index in a scratch root, merged into one non-compound segment (so it has .tim, .fdt, .dvd files).</summary>
internal sealed class IndexFixture : IDisposable
{
    public IndexFixture()
    {
        // Not CreateTempSubdirectory: its mode 700 would keep the unprivileged user of the read-only test out.
        Root = Path.Combine(Path.GetTempPath(), "se-integrity-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        // Two files, two commits, two segments: the import then merges them into one segment of separate files.
        var import = Run("import", "trademarks", "--index", Root, SmallRegister.Fixture("register-small.jsonl"), SmallRegister.Fixture("register-small.csv"));
        Assert.True(import.Code == 0, import.Err);
        Assert.Contains("merged the index into one segment", import.Err);
    }

    public string Root { get; }

    public string Folder => new IndexLayout(Root).Trademarks;

    /// <summary>The index file whose name ends with <paramref name="extension"/> (e.g. ".dvd", "segments_").</summary>
    public string File(string extension)
    {
        var match = Directory.GetFiles(Folder).Where(f => Path.GetFileName(f) is var n && (n.EndsWith(extension, StringComparison.Ordinal) || n.StartsWith(extension, StringComparison.Ordinal))).ToList();
        Assert.True(match.Count == 1, $"expected one {extension} file in {string.Join(", ", Directory.GetFiles(Folder).Select(Path.GetFileName))}");
        return match[0];
    }

    public IReadOnlyList<string> Files() => Directory.GetFiles(Folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, new StringReader(""), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
