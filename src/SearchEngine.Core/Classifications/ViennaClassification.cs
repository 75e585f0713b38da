using System.Collections.Frozen;

namespace SearchEngine.Classifications;

/// <summary>
/// The names of the Vienna classification's categories, divisions and sections, shipped with the library
/// (Resources/vienna, EUIPO's list of WIPO's classification; see the README beside it).
/// </summary>
public static class ViennaClassification
{
    private static readonly Lazy<FrozenDictionary<string, string>> Names = new(Load);

    /// <summary>The name of a code, or null when the classification does not list it (an office's own extension).</summary>
    public static string? NameOf(ViennaCode code) => Names.Value.GetValueOrDefault(code.ToString());

    public static int Count => Names.Value.Count;

    private static FrozenDictionary<string, string> Load()
    {
        using var reader = new StreamReader(EmbeddedResource.Open("SearchEngine.Resources.vienna.vienna-codes.csv"));
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.ReadLine(); // header: idcategory,categdesc
        while (reader.ReadLine() is { } line)
        {
            var comma = line.IndexOf(',');
            if (comma <= 0 || !ViennaCode.TryParse(line[..comma], out var code)) continue;
            var name = line[(comma + 1)..].Trim().Trim('"').Replace("\"\"", "\"", StringComparison.Ordinal);
            names.TryAdd(code.ToString(), name);
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
