namespace SearchEngine.Phonetics;

/// <summary>Reads a reference transcription, <c>syllable&lt;TAB&gt;ipa[&lt;TAB&gt;ipa...]</c> a line (open the file, plain or gzip, with <see cref="TextFiles"/>).</summary>
public static class ReferenceIpa
{
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
