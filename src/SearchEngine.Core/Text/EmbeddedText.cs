using System.Text;

namespace SearchEngine.Text;

/// <summary>Reads the text resources embedded under <c>Resources/</c> by their path there (a <c>.gz</c> text is decompressed).</summary>
internal static class EmbeddedText
{
    /// <summary>The raw resource stream, or null when the resource is not embedded.</summary>
    public static Stream? Open(string relativeName)
    {
        var name = ResourceName(relativeName);
        return EmbeddedResource.Exists(name) ? EmbeddedResource.Open(name) : null;
    }

    public static IEnumerable<string> ReadLines(string relativeName)
    {
        using var stream = EmbeddedResource.OpenDecompressed(ResourceName(relativeName));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#')) yield return line;
        }
    }

    private static string ResourceName(string relativeName) => "SearchEngine.Resources." + relativeName.Replace('/', '.');
}
