using System.Text.RegularExpressions;

namespace SearchEngine.Indexing;

/// <summary>
/// What a collection's folder holds before Lucene is asked to open it: whether it holds any index file at
/// all (only a folder without any may receive a new index, so a lost commit is never papered over with a
/// fresh one), and whether this process may write to it.
/// </summary>
internal static partial class IndexFolder
{
    // Lucene's own names: segment files (_0.cfs, _2_Lucene41_0.tim, _5_1.del) and commit points (segments_N, segments.gen).
    [GeneratedRegex(@"^(_[a-z0-9]+(_[A-Za-z0-9]+)*\.[a-z]+|segments(_[a-z0-9]+|\.gen))$")]
    private static partial Regex LuceneFileName();

    public static bool IsIndexFile(string name) => LuceneFileName().IsMatch(name);

    /// <summary>The Lucene files in <paramref name="folder"/> (none when it does not exist).</summary>
    public static IReadOnlyList<string> IndexFiles(string folder) => !Directory.Exists(folder)
        ? []
        : Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)).Where(IsIndexFile).Order(StringComparer.Ordinal).ToList();

    public static bool HoldsIndexFiles(string folder) => IndexFiles(folder).Count > 0;

    /// <summary>
    /// Creates the folder if needed and proves it writable by creating (and deleting) a file in it. Lucene
    /// would otherwise report an unwritable folder as a write lock held by another process.
    /// </summary>
    public static void RequireWritable(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            using var probe = new FileStream(Path.Combine(folder, $".write-probe-{Environment.ProcessId}"), FileMode.Create, FileAccess.Write,
                FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IndexPermissionException(folder, e);
        }
        catch (IOException e) when (e.HResult == 30 || e.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase))
        {
            throw new IndexPermissionException(folder, e); // EROFS: a read-only mount
        }
    }

    /// <summary>The collection a folder holds, as named in messages ("trademarks", "patents").</summary>
    public static string Collection(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) is { Length: > 0 } name ? name : folder;

    /// <summary>The index root above a collection's folder, as named in the commands a message suggests.</summary>
    public static string Root(string folder) => Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)) is { Length: > 0 } root ? root : ".";
}
