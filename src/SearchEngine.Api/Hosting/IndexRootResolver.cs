namespace SearchEngine.Api.Hosting;

/// <summary>
/// Turns the configured index root into an absolute folder. A relative root is taken from the
/// repository root when the server runs inside a clone (so <c>dotnet run --project src/SearchEngine.Api</c>
/// and the CLI share <c>index-data/</c>), and from the content root otherwise (a published server).
/// It is never taken from the bin folder, which a rebuild may wipe.
/// </summary>
public static class IndexRootResolver
{
    private const string RepositoryMarker = "SearchEngine.sln";

    public static string Resolve(string configuredRoot, string contentRoot)
    {
        if (Path.IsPathRooted(configuredRoot)) return Path.GetFullPath(configuredRoot);
        var baseFolder = FindRepositoryRoot(contentRoot) ?? contentRoot;
        return Path.GetFullPath(Path.Combine(baseFolder, configuredRoot));
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RepositoryMarker))) return dir.FullName;
        }

        return null;
    }
}
