using System.Reflection;

namespace SearchEngine.Ranking;

/// <summary>
/// Opens a resource embedded in the core library by its logical name, written with dots
/// (<c>SearchEngine.Resources.Ranking.x.json</c>); the build may keep the folder separator as '/' or '\'.
/// </summary>
internal static class EmbeddedResource
{
    private static readonly Assembly Library = typeof(EmbeddedResource).Assembly;

    public static Stream Open(string name) =>
        (Find(name) is { } actual ? Library.GetManifestResourceStream(actual) : null)
        ?? throw new SearchEngineException($"{name} is missing from the library");

    public static bool Exists(string name) => Find(name) is not null;

    private static string? Find(string name) =>
        Library.GetManifestResourceNames().FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == name);
}
