using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchEngine.Indexing;

/// <summary>
/// One Lucene index folder with its writer (when opened for writing) and a <see cref="SearcherManager"/>,
/// so searches see committed changes without reopening the index. Opened read-only it takes no write
/// lock, so the CLI can search an index a running server is writing to.
/// </summary>
internal sealed class IndexStore : IDisposable
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _searchers;

    private IndexStore(LuceneDirectory directory, IndexWriter? writer)
    {
        _directory = directory;
        _writer = writer;
        _searchers = writer is null ? new SearcherManager(directory, null) : new SearcherManager(writer, true, null);
    }

    public string Folder { get; private init; } = "";

    /// <summary>Opens (creating if needed) an index for adding, replacing and deleting documents.</summary>
    public static IndexStore OpenForWriting(string folder, Analyzer analyzer, Similarity? similarity = null)
    {
        System.IO.Directory.CreateDirectory(folder);
        var dir = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
        };
        if (similarity is not null) config.Similarity = similarity;
        try
        {
            var writer = new IndexWriter(dir, config);
            if (!DirectoryReader.IndexExists(dir)) writer.Commit(); // an empty index is still a valid one to search
            return new IndexStore(dir, writer) { Folder = folder };
        }
        catch (LockObtainFailedException e)
        {
            dir.Dispose();
            throw new SearchEngineException($"the index at {folder} is being written by another process (server or import); stop it or use another --index", e);
        }
    }

    /// <summary>Opens an existing index for searching only.</summary>
    public static IndexStore OpenForSearch(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) throw new SearchEngineException($"no index at {folder}: import data first");
        var dir = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(dir))
        {
            dir.Dispose();
            throw new SearchEngineException($"no index at {folder}: import data first");
        }

        return new IndexStore(dir, null);
    }

    public static bool Exists(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return false;
        using var dir = FSDirectory.Open(folder);
        return DirectoryReader.IndexExists(dir);
    }

    public bool IsWritable => _writer is not null;

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("index opened read-only");

    /// <summary>Adds the document, replacing any earlier one with the same key term.</summary>
    public void Upsert(Term key, IEnumerable<IIndexableField> document) => Writer.UpdateDocument(key, document);

    public void Delete(Term key) => Writer.DeleteDocuments(key);

    /// <summary>Makes every change so far durable (fsync'd by Lucene) and visible to new searches.</summary>
    public void Commit()
    {
        Writer.Commit();
        _searchers.MaybeRefreshBlocking();
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
