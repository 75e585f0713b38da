using System.IO.Compression;
using System.Text;

namespace SearchEngine;

/// <summary>
/// Opens data files (registers, query and judgement files, transcriptions, uploads) as UTF-8 text, un-gzipping
/// them when they start with the gzip magic bytes: what a file is called says less than what it holds, and a
/// gzipped file named <c>register.jsonl</c> must read the same in the CLI as in the API.
/// </summary>
public static class TextFiles
{
    public static StreamReader Open(string path, InputLimits? limits = null) =>
        new(OpenStream(path, limits), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>The file's bytes, un-gzipped, stopping with <see cref="InputLimitException"/> past <paramref name="limits"/>.</summary>
    public static Stream OpenStream(string path, InputLimits? limits = null)
    {
        Stream stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = stream.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        stream.Position = 0;
        if (isGzip) stream = new GZipStream(stream, CompressionMode.Decompress);
        return Bounded(stream, limits);
    }

    /// <summary>Wraps a stream of text so it stops at <paramref name="limits"/> (the default line limit when null).</summary>
    public static Stream Bounded(Stream stream, InputLimits? limits = null) => new BoundedInputStream(stream, limits ?? InputLimits.Default);
}
