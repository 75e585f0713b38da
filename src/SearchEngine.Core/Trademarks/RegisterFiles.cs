using System.IO.Compression;
using System.Text;

namespace SearchEngine.Trademarks;

/// <summary>Opens register files as UTF-8 text, transparently un-gzipping <c>.gz</c> files.</summary>
internal static class RegisterFiles
{
    public static StreamReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
