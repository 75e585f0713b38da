namespace SearchEngine.Indexing;

/// <summary>
/// The index files whose checksums were last found good, each with the size and modification time it had
/// then. Lucene never rewrites a file in place, so a file with the same name, size and time is the one
/// verified; anything else (a new segment, a truncated or edited file) is checksummed on the next open.
/// Kept beside the index as a small text file; a folder it cannot be written to just verifies again.
/// </summary>
internal sealed class VerifiedFiles
{
    public const string FileName = "verified-files.tsv";

    private readonly Dictionary<string, FileStamp> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, FileStamp> Files => _files;

    public static VerifiedFiles Load(string folder)
    {
        var record = new VerifiedFiles();
        try
        {
            foreach (var line in File.ReadLines(Path.Combine(folder, FileName)))
            {
                var parts = line.Split('\t');
                if (parts.Length == 3 && long.TryParse(parts[1], out var length) && long.TryParse(parts[2], out var ticks))
                {
                    record._files[parts[0]] = new FileStamp(length, ticks);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No record (first open, or unreadable): every file counts as unverified.
        }

        return record;
    }

    public bool Covers(string file, FileStamp stamp) => _files.TryGetValue(file, out var known) && known == stamp;

    public void Add(string file, FileStamp stamp) => _files[file] = stamp;

    /// <summary>Writes the record atomically; false when the folder cannot be written (a read-only index).</summary>
    public bool TrySave(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllLines(temp, _files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}\t{f.Value.Length}\t{f.Value.Ticks}"));
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); } catch (Exception f) when (f is IOException or UnauthorizedAccessException) { }
            return false;
        }
    }
}

/// <summary>A file's size and last write time (UTC ticks), as seen when it was verified.</summary>
internal readonly record struct FileStamp(long Length, long Ticks)
{
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
    }
}
