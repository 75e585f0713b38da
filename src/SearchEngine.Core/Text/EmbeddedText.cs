using System.IO.Compression;
using System.Text;

namespace SearchEngine.Text;

/// <summary>Reads the text resources embedded under <c>Resources/</c> (a <c>.gz</c> name is decompressed).</summary>
internal static class EmbeddedText
{
    public static IEnumerable<string> ReadLines(string relativeName)
    {
        var name = "SearchEngine.Resources." + relativeName.Replace('/', '.');
        var assembly = typeof(EmbeddedText).Assembly;

        // The csproj's %(RecursiveDir) keeps the OS separator ('/' on Linux, '\' on Windows) in the logical
        // name, so match the documented dotted name against every spelling.
        var actual = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == name)
            ?? throw new SearchEngineException($"embedded resource '{name}' is missing from {assembly.GetName().Name}");
        using var raw = assembly.GetManifestResourceStream(actual)!;
        using var stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#')) yield return line;
        }
    }
}
