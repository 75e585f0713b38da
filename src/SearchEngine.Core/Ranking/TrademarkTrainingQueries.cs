using System.IO.Compression;
using System.Text.Json;
using System.Text;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Ranking;

/// <summary>
/// Confusable-mark training queries for a trademark register: generated from its marks by
/// <see cref="ConfusableMarkGenerator"/> and written in the evaluation query format. The file generated
/// from the shipped sample register is embedded (Resources/Ranking/README.md says how it was made).
/// </summary>
public static class TrademarkTrainingQueries
{
    public const string ResourceName = "SearchEngine.Resources.Ranking.trademarks-training-queries.jsonl.gz";
    public const int DefaultCount = 600;
    public const int DefaultSeed = 7;

    /// <summary>The marks of a register file in the register's JSON Lines format (lines that do not parse are skipped).</summary>
    public static IReadOnlyList<RegisterMark> ReadRegister(TextReader reader) =>
        TrademarkFileReader.Read(reader, TrademarkFileFormat.JsonLines)
            .Where(l => l.Trademark is not null)
            .Select(l => new RegisterMark(l.Trademark!.Number, l.Trademark.Mark, l.Trademark.Classes.Select(c => c.Number).ToList()))
            .ToList();

    /// <summary>The shipped sample register's marks.</summary>
    public static IReadOnlyList<RegisterMark> SampleRegister()
    {
        using var reader = TrademarkSample.Open();
        return ReadRegister(reader);
    }

    public static void Write(IEnumerable<ConfusableQuery> queries, TextWriter writer)
    {
        foreach (var q in queries)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                qid = q.Qid, mark = q.Mark, classes = q.Classes, mechanism = q.Mechanism, source = q.Source, relevant = q.Relevant,
            }));
        }
    }

    /// <summary>Writes the queries to a file, gzipped when its name ends in .gz.</summary>
    public static void WriteFile(IEnumerable<ConfusableQuery> queries, string path)
    {
        using Stream file = File.Create(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        Write(queries, writer);
    }

    /// <summary>The embedded queries generated from the shipped sample register.</summary>
    public static IReadOnlyList<JudgedQuery> Shipped()
    {
        using var stream = EmbeddedResource.Open(ResourceName);
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        return JudgementFile.Read(reader, "embedded " + ResourceName);
    }
}
