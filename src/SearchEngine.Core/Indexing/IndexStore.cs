using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing;

/// <summary>
/// One Lucene index folder with its writer (when opened for writing) and a <see cref="SearcherManager"/>.
/// Searches and counts see committed data only: a document an examiner was shown is one a crash cannot
/// take back. Every open verifies the checksums of the files not verified before (<see cref="IndexIntegrity"/>)
/// and refuses a damaged index or one without a commit instead of starting a new index beside it.
/// Opened read-only it takes no write lock, so the CLI can search an index a running server is writing to.
/// </summary>
internal sealed class IndexStore : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SnapshotDeletionPolicy? _snapshots;
    private readonly SearcherManager _searchers;
    private readonly VerifiedFiles _verified;

    private IndexStore(string folder, LuceneDirectory directory, IndexWriter? writer, SnapshotDeletionPolicy? snapshots, VerifiedFiles verified)
    {
        Folder = folder;
        _directory = directory;
        _writer = writer;
        _snapshots = snapshots;
        _verified = verified;
        // From the directory, not the writer: searches and counts see committed data only, never a batch a
        // kill would lose.
        _searchers = new SearcherManager(directory, new BudgetedSearcher.Factory());
    }

    public string Folder { get; }

    /// <summary>
    /// Opens an index for adding, replacing and deleting documents; creates one only in a folder that holds
    /// no index file at all.
    /// </summary>
    public static IndexStore OpenForWriting(string folder, Analyzer analyzer, Similarity? similarity = null)
    {
        IndexFolder.RequireWritable(folder);
        var create = !IndexFolder.HoldsIndexFiles(folder);
        var dir = FSDirectory.Open(folder);
        try
        {
            var verified = create ? new VerifiedFiles() : IndexIntegrity.VerifyChanged(dir, folder);
            // Snapshots pin a commit's files while a backup copies them; otherwise only the last commit is kept.
            var snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
            var config = new IndexWriterConfig(Version, analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                // Imports commit every few seconds anyway: the buffer only decides whether segments are cut
                // earlier than that, and each cut segment is merged again later.
                RAMBufferSizeMB = 256,
                // A flushed segment is written once as its files; packing them into a compound file copied them again.
                UseCompoundFile = false,
                IndexDeletionPolicy = snapshots,
                MergePolicy = new TieredMergePolicy(),
            };
            if (similarity is not null) config.Similarity = similarity;
            var writer = new IndexWriter(dir, config);
            if (create) writer.Commit(); // an empty index is still a valid one to search
            return new IndexStore(folder, dir, writer, snapshots, verified);
        }
        catch (LockObtainFailedException e)
        {
            dir.Dispose();
            throw new IndexLockedException(folder, e);
        }
        catch (Exception e) when (e is not SearchEngineException)
        {
            dir.Dispose();
            throw Classify(folder, e);
        }
    }

    /// <summary>Opens an existing index for searching only.</summary>
    public static IndexStore OpenForSearch(string folder)
    {
        if (!IndexFolder.HoldsIndexFiles(folder)) throw new SearchEngineException($"no index at {folder}: import data first");
        var dir = FSDirectory.Open(folder);
        try
        {
            var verified = IndexIntegrity.VerifyChanged(dir, folder);
            return new IndexStore(folder, dir, null, null, verified);
        }
        catch (Exception e) when (e is not SearchEngineException)
        {
            dir.Dispose();
            throw Classify(folder, e);
        }
    }

    // Lucene reports a file it cannot parse with whatever exception its decoder hit (EndOfStream, IndexOutOfRange...).
    private static Exception Classify(string folder, Exception e) => e switch
    {
        UnauthorizedAccessException => new IndexPermissionException(folder, e),
        OutOfMemoryException => e,
        _ => new DamagedIndexException(folder, $"Lucene cannot open it ({e.GetType().Name}: {e.Message})", e),
    };

    /// <summary>True when the folder holds any index file, whether or not it has a readable commit.</summary>
    public static bool Exists(string folder) => IndexFolder.HoldsIndexFiles(folder);

    public bool IsWritable => _writer is not null;

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("index opened read-only");

    /// <summary>Adds the document, replacing any earlier one with the same key term.</summary>
    public void Upsert(Term key, IEnumerable<IIndexableField> document) => Writer.UpdateDocument(key, document);

    /// <summary>Adds a document known to be new (no key to delete first).</summary>
    public void Add(IEnumerable<IIndexableField> document) => Writer.AddDocument(document);

    public void Delete(Term key) => Writer.DeleteDocuments(key);

    /// <summary>Makes every change so far durable (fsync'd by Lucene), then visible to new searches.</summary>
    public void Commit()
    {
        Writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>
    /// Stops merging until the returned handle is disposed: for a bulk load into an empty index, whose segments
    /// would otherwise be merged again and again while it grows, when one merge at the end (see
    /// <see cref="MergeSegments"/>) writes each document once more. Searches meanwhile see more segments.
    /// </summary>
    public IDisposable SuspendMerges()
    {
        var policy = (TieredMergePolicy)Writer.Config.MergePolicy;
        var perTier = policy.SegmentsPerTier;
        // A tier this wide holds every segment of a few megabytes or more: no merge is chosen until it is narrowed again.
        policy.SegmentsPerTier = 1e9;
        return new Restore(() => policy.SegmentsPerTier = perTier);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    /// <summary>Segments in the current commit.</summary>
    public int SegmentCount => Search(s => s.IndexReader.Leaves.Count);

    /// <summary>
    /// Merges the index into at most <paramref name="maxSegments"/> segments and commits. Worth it after a
    /// bulk load: queries that walk a term dictionary (fuzzy, many-term) pay once per segment.
    /// </summary>
    public void MergeSegments(int maxSegments)
    {
        Writer.ForceMerge(maxSegments);
        Commit();
    }

    /// <summary>Picks up commits made by another process (read-only stores) or by this writer.</summary>
    public void Refresh() => _searchers.MaybeRefresh();

    /// <summary>Runs a search on a point-in-time searcher, released afterwards whatever happens.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Files verified at open that changed on disk since (see <see cref="IndexIntegrity.ChangedSince"/>).</summary>
    public IReadOnlyList<string> ChangedSinceVerified() => IndexIntegrity.ChangedSince(_verified, _directory, Folder);

    /// <summary>
    /// Pins the last commit's files until the snapshot is disposed, so a backup can copy them while imports
    /// go on (the writer's <see cref="SnapshotDeletionPolicy"/> keeps them). A read-only store pins nothing:
    /// no writer in this process deletes files, and the copy is verified afterwards.
    /// </summary>
    public IndexSnapshot Snapshot()
    {
        if (_snapshots is null)
        {
            using var reader = DirectoryReader.Open(_directory);
            return new IndexSnapshot(Folder, reader.IndexCommit.Generation, reader.IndexCommit.FileNames.ToList(), reader.NumDocs, null);
        }

        var commit = _snapshots.Snapshot();
        try
        {
            using var reader = DirectoryReader.Open(commit);
            return new IndexSnapshot(Folder, commit.Generation, commit.FileNames.ToList(), reader.NumDocs, () =>
            {
                _snapshots.Release(commit);
                Writer.DeleteUnusedFiles();
            });
        }
        catch
        {
            _snapshots.Release(commit);
            throw;
        }
    }

    /// <summary>Streams what <paramref name="scan"/> yields from one searcher, held until the enumeration ends.</summary>
    public IEnumerable<T> Scan<T>(Func<IndexSearcher, IEnumerable<T>> scan)
    {
        var searcher = _searchers.Acquire();
        try
        {
            foreach (var item in scan(searcher)) yield return item;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
    }
}
