using System.IO.Compression;
using System.Text;

namespace SearchEngine.Text;

/// <summary>Reads the resources embedded under <c>Resources/</c> (a <c>.gz</c> text is decompressed).</summary>
internal static class EmbeddedText
{
    /// <summary>The raw resource stream, or null when the resource is not embedded.</summary>
    public static Stream? Open(string relativeName)
    {
        var name = ResourceName(relativeName);
        var assembly = typeof(EmbeddedText).Assembly;

        // The csproj's %(RecursiveDir) keeps the OS separator ('/' on Linux, '\' on Windows) in the logical
        // name, so match the documented dotted name against every spelling.
        var actual = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == name);
        return actual is null ? null : assembly.GetManifestResourceStream(actual);
    }

    public static IEnumerable<string> ReadLines(string relativeName)
    {
        using var raw = Open(relativeName)
                        ?? throw new SearchEngineException($"embedded resource '{ResourceName(relativeName)}' is missing");
        using var stream = relativeName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#')) yield return line;
        }
    }

    private static string ResourceName(string relativeName) => "SearchEngine.Resources." + relativeName.Replace('/', '.');
}
