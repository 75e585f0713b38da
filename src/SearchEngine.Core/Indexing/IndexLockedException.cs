namespace SearchEngine.Indexing;

/// <summary>Another process (a server or an import) holds the index's write lock.</summary>
public sealed class IndexLockedException(string folder, Exception? inner = null)
    : SearchEngineException($"the index at {folder} is being written by another process (server or import); stop it or use another --index", inner);
