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
    public static StreamReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        var isGzip = stream.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
        stream.Position = 0;
        if (isGzip) stream = new GZipStream(stream, CompressionMode.Decompress);
        return new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
