using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchEngine.Indexing;

/// <summary>What a full check of one collection found: its size and every problem (none when clean).</summary>
public sealed record CollectionCheck(
    string Collection, string Folder, bool Present, long? Generation, int Documents, int Segments, int Files, long Bytes,
    IReadOnlyList<string> Problems)
{
    public bool Clean => Problems.Count == 0;
}

/// <summary>
/// The full check behind <c>searchengine check</c> and <c>restore</c>: the commit point, every file's
/// checksum, then Lucene's <see cref="CheckIndex"/> (it decodes every posting, stored field, norm and doc
/// value). Reads only, takes no lock, so it may run beside a server; a clean result is recorded so the next
/// open need not checksum those files again.
/// </summary>
public static class IndexCheck
{
    public static IReadOnlyList<CollectionCheck> Run(IndexLayout layout) => [Collection(layout.Trademarks), Collection(layout.Patents)];

    public static CollectionCheck Collection(string folder)
    {
        var name = IndexFolder.Collection(folder);
        if (!IndexFolder.HoldsIndexFiles(folder)) return new CollectionCheck(name, folder, false, null, 0, 0, 0, 0, []);
        using var dir = FSDirectory.Open(folder);
        SegmentInfos commit;
        try
        {
            commit = IndexIntegrity.ReadCommit(dir, folder);
        }
        catch (DamagedIndexException e)
        {
            return new CollectionCheck(name, folder, true, null, 0, 0, IndexFolder.IndexFiles(folder).Count, 0, [e.Problem]);
        }

        var problems = new List<string>();
        var verified = new VerifiedFiles();
        var files = IndexIntegrity.FilesOf(commit, dir);
        long bytes = 0;
        foreach (var file in files)
        {
            var stamp = FileStamp.Of(Path.Combine(folder, file));
            if (stamp is null)
            {
                problems.Add($"{file}, part of the last commit, is missing");
                continue;
            }

            bytes += stamp.Value.Length;
            if (IndexIntegrity.Checksum(dir, file) is { } problem) problems.Add(problem);
            else verified.Add(file, stamp.Value);
        }

        var documents = 0;
        if (problems.Count == 0) documents = Decode(dir, problems);
        if (problems.Count == 0) verified.TrySave(folder);
        return new CollectionCheck(name, folder, true, commit.Generation, documents, commit.Count, files.Count, bytes, problems);
    }

    // Checksums prove the files are as written; CheckIndex proves what was written decodes (and counts the documents).
    private static int Decode(Lucene.Net.Store.Directory dir, List<string> problems)
    {
        var log = new StringWriter();
        try
        {
            var status = new CheckIndex(dir) { InfoStream = log }.DoCheckIndex();
            if (status.Clean) return status.SegmentInfos.Sum(s => s.DocCount - s.NumDeleted);
            foreach (var s in status.SegmentInfos.Where(s => !s.OpenReaderPassed || HasError(s)))
            {
                problems.Add($"segment {s.Name} ({s.DocCount} documents) does not decode");
            }

            if (problems.Count == 0) problems.Add($"Lucene's CheckIndex found {status.NumBadSegments} bad segment(s)");
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            problems.Add($"Lucene's CheckIndex failed: {e.Message}");
        }

        return 0;
    }

    private static bool HasError(CheckIndex.Status.SegmentInfoStatus s) =>
        s.FieldNormStatus?.Error is not null || s.TermIndexStatus?.Error is not null || s.StoredFieldStatus?.Error is not null ||
        s.TermVectorStatus?.Error is not null || s.DocValuesStatus?.Error is not null;
}
