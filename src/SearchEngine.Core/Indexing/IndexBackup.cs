using System.Formats.Tar;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchEngine.Indexing;

/// <summary>What a backup or restore copied, per collection.</summary>
public sealed record CollectionBackup(string Collection, long Generation, int Documents, int Files, long Bytes);

/// <summary>
/// Consistent copies of an index root and their way back. A backup copies each collection's snapshot
/// (<see cref="IndexSnapshot"/>: a commit the writer keeps on disk while it is copied, so a server may go
/// on importing) plus models/ and feedback/, then checks the copy in full. A restore checks the backup
/// first, refuses an index a process is writing, replaces an existing one only when told to, and swaps
/// folders by rename so a crash midway leaves either the old index or the new one.
/// </summary>
public static class IndexBackup
{
    private static readonly string[] PlainFolders = ["models", "feedback"];

    /// <summary>Copies the snapshots and the plain folders of <paramref name="source"/> into the empty folder <paramref name="target"/>.</summary>
    public static IReadOnlyList<CollectionBackup> Write(IReadOnlyList<IndexSnapshot> snapshots, IndexLayout source, string target)
    {
        RequireEmpty(target);
        var copied = new List<CollectionBackup>();
        foreach (var snapshot in snapshots)
        {
            var folder = Path.Combine(target, snapshot.Collection);
            System.IO.Directory.CreateDirectory(folder);
            long bytes = 0;
            foreach (var file in snapshot.Files) bytes += CopyDurably(Path.Combine(snapshot.Folder, file), Path.Combine(folder, file));
            copied.Add(new CollectionBackup(snapshot.Collection, snapshot.Generation, snapshot.Documents, snapshot.Files.Count, bytes));
        }

        foreach (var name in PlainFolders) CopyFolder(Path.Combine(source.Root, name), Path.Combine(target, name));
        RequireClean(target, "the backup just written");
        return copied;
    }

    /// <summary>
    /// Streams the snapshots and plain folders as a tar archive (what a running server hands the CLI, which
    /// cannot take a snapshot of an index another process writes).
    /// </summary>
    public static async Task WriteArchiveAsync(IReadOnlyList<IndexSnapshot> snapshots, IndexLayout source, Stream output, CancellationToken cancel)
    {
        await using var tar = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var snapshot in snapshots)
        {
            foreach (var file in snapshot.Files) await tar.WriteEntryAsync(Path.Combine(snapshot.Folder, file), $"{snapshot.Collection}/{file}", cancel);
        }

        foreach (var name in PlainFolders)
        {
            var folder = Path.Combine(source.Root, name);
            if (!System.IO.Directory.Exists(folder)) continue;
            foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                await tar.WriteEntryAsync(file, $"{name}/{Path.GetRelativePath(folder, file).Replace('\\', '/')}", cancel);
            }
        }
    }

    /// <summary>Unpacks an archive from <see cref="WriteArchiveAsync"/> into the empty folder <paramref name="target"/> and checks it.</summary>
    public static IReadOnlyList<CollectionCheck> ReadArchive(Stream input, string target)
    {
        RequireEmpty(target);
        var root = Path.GetFullPath(target);
        using (var tar = new TarReader(input))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile)) continue;
                var path = Path.GetFullPath(Path.Combine(root, entry.Name));
                if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new SearchEngineException($"the archive names a file outside the backup folder ({entry.Name}); refused");
                }

                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    entry.DataStream?.CopyTo(file);
                    file.Flush(flushToDisk: true);
                }
            }
        }

        return RequireClean(target, "the backup received");
    }

    /// <summary>
    /// Puts a backup back under <paramref name="target"/>. Checks it in full first; refuses a collection some
    /// process holds open for writing; refuses to replace an existing index unless <paramref name="force"/>.
    /// </summary>
    public static IReadOnlyList<CollectionCheck> Restore(string from, IndexLayout target, bool force)
    {
        var backup = new IndexLayout(from);
        var checks = IndexCheck.Run(backup).Where(c => c.Present).ToList();
        if (checks.Count == 0) throw new SearchEngineException($"no backup at {from}: it holds no trademarks/ or patents/ index");
        if (checks.FirstOrDefault(c => !c.Clean) is { } bad)
        {
            throw new SearchEngineException($"the backup at {from} is damaged ({bad.Collection}: {string.Join("; ", bad.Problems)}); nothing was restored");
        }

        var collections = checks.Select(c => c.Collection).ToList();
        var folders = collections.Concat(PlainFolders.Where(p => System.IO.Directory.Exists(Path.Combine(from, p)))).ToList();
        foreach (var collection in collections)
        {
            var folder = Path.Combine(target.Root, collection);
            if (IsLocked(folder)) throw new SearchEngineException($"the {collection} index at {folder} is open for writing by another process (a server or an import): stop it before restoring");
            if (!force && IndexFolder.HoldsIndexFiles(folder)) throw new SearchEngineException($"{folder} already holds an index: pass --force to replace it with the backup");
        }

        System.IO.Directory.CreateDirectory(target.Root);
        foreach (var name in folders)
        {
            var staging = Path.Combine(target.Root, $".restoring-{name}");
            if (System.IO.Directory.Exists(staging)) System.IO.Directory.Delete(staging, recursive: true);
            CopyFolder(Path.Combine(from, name), staging);
        }

        // Every copy is complete and fsync'd before the first existing folder is moved aside.
        foreach (var name in folders)
        {
            var live = Path.Combine(target.Root, name);
            var replaced = Path.Combine(target.Root, $".replaced-{name}-{DateTime.UtcNow:yyyyMMddHHmmss}");
            if (System.IO.Directory.Exists(live)) System.IO.Directory.Move(live, replaced);
            System.IO.Directory.Move(Path.Combine(target.Root, $".restoring-{name}"), live);
            if (System.IO.Directory.Exists(replaced)) System.IO.Directory.Delete(replaced, recursive: true);
        }

        return collections.Select(c => IndexCheck.Collection(Path.Combine(target.Root, c))).ToList();
    }

    private static bool IsLocked(string folder)
    {
        if (!IndexFolder.HoldsIndexFiles(folder)) return false;
        using var dir = FSDirectory.Open(folder);
        return IndexWriter.IsLocked(dir);
    }

    private static void RequireEmpty(string target)
    {
        if (System.IO.Directory.Exists(target) && System.IO.Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new SearchEngineException($"{target} is not empty: back up into a new folder");
        }

        System.IO.Directory.CreateDirectory(target);
    }

    private static IReadOnlyList<CollectionCheck> RequireClean(string target, string what)
    {
        var checks = IndexCheck.Run(new IndexLayout(target)).Where(c => c.Present).ToList();
        if (checks.FirstOrDefault(c => !c.Clean) is { } bad)
        {
            throw new SearchEngineException($"{what} at {target} does not check clean ({bad.Collection}: {string.Join("; ", bad.Problems)})");
        }

        return checks;
    }

    private static void CopyFolder(string from, string to)
    {
        if (!System.IO.Directory.Exists(from)) return;
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(from, file);
            if (name == VerifiedFiles.FileName || Path.GetFileName(name) == "write.lock") continue; // belong to the folder they were in
            var dest = Path.Combine(to, name);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            CopyDurably(file, dest);
        }
    }

    // A backup that is only in the page cache is no backup: each file is flushed to the disk.
    private static long CopyDurably(string from, string to)
    {
        using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var dest = new FileStream(to, FileMode.CreateNew, FileAccess.Write);
        source.CopyTo(dest);
        dest.Flush(flushToDisk: true);
        return dest.Length;
    }
}
