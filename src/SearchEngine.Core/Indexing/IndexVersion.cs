using Lucene.Net.Index;
using Lucene.Net.Store;

namespace SearchEngine.Indexing;

/// <summary>
/// Which commit of an index is on disk: the commit generation grows by one with every commit, so hosts
/// can report it (health checks) and tell whether an index changed without opening a searcher.
/// </summary>
public static class IndexVersion
{
    /// <summary>The generation of the last commit in <paramref name="folder"/>, or null when it holds no index.</summary>
    public static long? LastCommitGeneration(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return null;
        using var dir = FSDirectory.Open(folder);
        var generation = SegmentInfos.GetLastCommitGeneration(dir);
        return generation < 0 ? null : generation;
    }
}
