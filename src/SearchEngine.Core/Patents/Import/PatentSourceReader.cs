using System.IO.Compression;
using System.Text;

namespace SearchEngine.Patents.Import;

/// <summary>
/// Opens a file or stream (gzip or plain), recognises its format from the first non-blank line and
/// streams its records one by one, so a 1 GB weekly USPTO file is never held in memory.
/// </summary>
internal static class PatentSourceReader
{
    public static IEnumerable<SourceItem> Read(Stream stream, string sourceName, Action<PatentSourceFormat>? onFormat = null)
    {
        using var reader = new StreamReader(MaybeGunzip(stream), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var lineNumber = 0;
        string? first;
        while ((first = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (first.Trim().Length > 0) break;
        }

        if (first is null) yield break; // an empty file imports nothing and is not an error

        var format = Detect(first) ?? throw new SearchEngineException(
            $"{sourceName}: not a recognised patent file (expected USPTO grant XML or WIPO Publish JSON Lines); it starts with '{Shorten(first)}'");
        onFormat?.Invoke(format);
        var items = format switch
        {
            PatentSourceFormat.UsptoGrantXml => UsptoGrantReader.Read(reader, first, lineNumber, sourceName),
            _ => WipoPublishJsonReader.Read(reader, first, lineNumber, sourceName),
        };
        foreach (var item in items) yield return item;
    }

    internal static PatentSourceFormat? Detect(string firstLine)
    {
        var t = firstLine.TrimStart('\uFEFF', ' ', '\t');
        if (t.StartsWith("<?xml", StringComparison.Ordinal) || t.StartsWith("<us-patent-grant", StringComparison.Ordinal) ||
            t.StartsWith("<!DOCTYPE us-patent-grant", StringComparison.Ordinal))
        {
            return PatentSourceFormat.UsptoGrantXml;
        }

        return t.StartsWith('{') ? PatentSourceFormat.WipoPublishJsonLines : null;
    }

    private static Stream MaybeGunzip(Stream stream)
    {
        var head = new byte[2];
        var n = 0;
        while (n < 2)
        {
            var read = stream.Read(head, n, 2 - n);
            if (read == 0) break;
            n += read;
        }

        // Uploads are not seekable: give the peeked bytes back in front of the rest.
        var replay = new ReplayStream(head.AsSpan(0, n).ToArray(), stream);
        return TextFiles.Bounded(n == 2 && head[0] == 0x1f && head[1] == 0x8b ? new GZipStream(replay, CompressionMode.Decompress) : replay);
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "...";
}
