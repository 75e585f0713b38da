using SearchEngine.Indexing;
using System.Text;

namespace SearchEngine.Trademarks.Indexing;

/// <summary>
/// The small generated register shipped in the library (see Resources/Samples/README.md), so a fresh
/// clone has something to search. Regenerate it with
/// <c>searchengine generate trademarks --out src/SearchEngine.Core/Resources/Samples/trademarks-sample.jsonl.gz</c>.
/// </summary>
public static class TrademarkSample
{
    public const string ResourceName = "SearchEngine.Resources.Samples.trademarks-sample.jsonl.gz";

    /// <summary>Marks in the shipped sample, and the seed it was generated with.</summary>
    public const int Size = 10_000;
    public const int Seed = 42;

    /// <summary>Opens the sample as JSON Lines text.</summary>
    public static TextReader Open()
    {
        return new StreamReader(EmbeddedResource.OpenDecompressed(ResourceName), Encoding.UTF8);
    }

    /// <summary>Imports the sample into a register opened for writing (replacing records with the same numbers).</summary>
    public static ImportReport ImportInto(TrademarkRegister register, IProgress<ImportProgress>? progress = null)
    {
        using var reader = Open();
        return register.Import(reader, TrademarkFileFormat.JsonLines, progress);
    }
}
