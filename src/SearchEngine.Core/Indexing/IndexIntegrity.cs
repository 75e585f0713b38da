using System.Text.RegularExpressions;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing;

/// <summary>
/// Checks an index against the checksums its codec wrote (Lucene 4.8 ends every file of a commit, the
/// commit point included, with a CRC-32 footer): on open only the files not verified before in their
/// present size and time (<see cref="VerifiedFiles"/>), in <c>searchengine check</c> every file.
/// </summary>
internal static class IndexIntegrity
{
    /// <summary>The last commit of the folder; a missing or unreadable one is damage, never "no index yet".</summary>
    public static SegmentInfos ReadCommit(LuceneDirectory directory, string folder)
    {
        var infos = new SegmentInfos();
        try
        {
            infos.Read(directory);
            return infos;
        }
        catch (Exception e) when (e is IOException)
        {
            var files = IndexFolder.IndexFiles(folder);
            var problem = files.Any(f => f.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal))
                ? $"its last commit point cannot be read ({Plain(e)})"
                : $"it holds {files.Count} index file(s) but no commit point (segments_N is missing)";
            throw new DamagedIndexException(folder, problem, e);
        }
    }

    /// <summary>The files of a commit, the commit point (segments_N) included.</summary>
    public static IReadOnlyList<string> FilesOf(SegmentInfos commit, LuceneDirectory directory) =>
        commit.GetFiles(directory, true).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Verifies the checksum of every file of the last commit that the record does not cover, and records the
    /// commit's files as verified. Throws <see cref="DamagedIndexException"/> at the first bad file.
    /// </summary>
    public static VerifiedFiles VerifyChanged(LuceneDirectory directory, string folder)
    {
        var commit = ReadCommit(directory, folder);
        var known = VerifiedFiles.Load(folder);
        var verified = new VerifiedFiles();
        foreach (var file in FilesOf(commit, directory))
        {
            var stamp = FileStamp.Of(Path.Combine(folder, file)) ?? throw new DamagedIndexException(folder, $"{file}, part of the last commit, is missing");
            if (!known.Covers(file, stamp) && Checksum(directory, file) is { } problem) throw new DamagedIndexException(folder, problem);
            verified.Add(file, stamp);
        }

        verified.TrySave(folder);
        return verified;
    }

    /// <summary>Null when the file's content matches its checksum footer, else what is wrong with it.</summary>
    public static string? Checksum(LuceneDirectory directory, string file)
    {
        try
        {
            using var input = directory.OpenInput(file, IOContext.READ_ONCE);
            CodecUtil.ChecksumEntireFile(input);
            return null;
        }
        catch (Exception e) when (e is IOException)
        {
            return $"{file} does not match its checksum ({Plain(e)})";
        }
    }

    // Lucene appends the absolute path of the file it read ("(resource=...)"): the file is named already.
    private static string Plain(Exception e) => Regex.Replace(e.Message, @"\s*\(resource[:=].*$", "", RegexOptions.Singleline).Trim();

    /// <summary>
    /// Files verified at open that have since changed on disk (edited, truncated, deleted while the index is
    /// still using them). Only stats them, so <c>/health</c> can ask on every call.
    /// </summary>
    public static IReadOnlyList<string> ChangedSince(VerifiedFiles verified, LuceneDirectory directory, string folder)
    {
        var current = new HashSet<string>(FilesOf(ReadCommit(directory, folder), directory), StringComparer.Ordinal);
        return verified.Files
            .Where(f => current.Contains(f.Key) && FileStamp.Of(Path.Combine(folder, f.Key)) != f.Value)
            .Select(f => f.Key)
            .ToList();
    }
}
