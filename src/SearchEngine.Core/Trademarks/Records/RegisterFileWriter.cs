using System.IO.Compression;
using System.Text;

namespace SearchEngine.Trademarks;

/// <summary>Writes trademarks as register JSON Lines (gzipped when the file name ends in .gz).</summary>
public static class RegisterFileWriter
{
    public static long Write(string path, IEnumerable<Trademark> trademarks)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        using var file = File.Create(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        long n = 0;
        foreach (var t in trademarks)
        {
            writer.WriteLine(TrademarkRecord.From(t).ToJson());
            n++;
        }

        return n;
    }
}
