using System.IO.Compression;
using System.Reflection;

namespace SearchEngine;

/// <summary>
/// Opens a resource embedded from the core library's <c>Resources/</c> folder by its logical name,
/// <c>SearchEngine.Resources.&lt;folder&gt;.&lt;file name&gt;</c> (the csproj names them so on every OS).
/// </summary>
internal static class EmbeddedResource
{
    private static readonly Assembly Library = typeof(EmbeddedResource).Assembly;

    public static Stream Open(string name) =>
        Library.GetManifestResourceStream(name) ?? throw new SearchEngineException($"{name} is missing from the library");

    /// <summary>Like <see cref="Open"/>, decompressing a <c>.gz</c> resource.</summary>
    public static Stream OpenDecompressed(string name)
    {
        var raw = Open(name);
        return name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
    }

    public static bool Exists(string name) => Library.GetManifestResourceInfo(name) is not null;

    /// <summary>The names starting with <paramref name="prefix"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Named(string prefix) =>
        [.. Library.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
