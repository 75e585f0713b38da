using System.IO.Compression;
using System.Text;

namespace SearchEngine.Phonetics;

/// <summary>Reads a reference transcription file: <c>syllable&lt;TAB&gt;ipa[&lt;TAB&gt;ipa...]</c> a line, plain or gzip.</summary>
public static class ReferenceIpa
{
    /// <summary>Opens the file as UTF-8 text, unpacking it when it starts with the gzip magic bytes.</summary>
    public static TextReader Open(string path)
    {
        var stream = File.OpenRead(path);
        var b1 = stream.ReadByte();
        var b2 = stream.ReadByte();
        stream.Position = 0;
        Stream text = b1 == 0x1f && b2 == 0x8b ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        return new StreamReader(text, new UTF8Encoding(false));
    }

    /// <summary>
    /// The syllable and its per-dialect transcriptions of each line; lines without a tab are skipped.
    /// Throws <see cref="InvalidDataException"/> past <paramref name="maxLines"/> lines.
    /// </summary>
    public static List<(string Syllable, IReadOnlyList<string> Transcriptions)> Read(TextReader reader, int maxLines, Func<string, string> clean)
    {
        var result = new List<(string, IReadOnlyList<string>)>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (result.Count >= maxLines) throw new InvalidDataException($"more than {maxLines} lines");
            var columns = line.Split('\t');
            if (columns.Length < 2 || columns[0].Trim().Length == 0) continue;
            result.Add((columns[0].Trim(), columns.Skip(1).Select(clean).ToArray()));
        }

        return result;
    }
}
