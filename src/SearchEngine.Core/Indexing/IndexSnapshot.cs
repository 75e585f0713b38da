namespace SearchEngine.Indexing;

/// <summary>
/// One commit of a collection whose files stay on disk until this is disposed: what a backup copies.
/// </summary>
public sealed class IndexSnapshot : IDisposable
{
    private Action? _release;

    internal IndexSnapshot(string folder, long generation, IReadOnlyList<string> files, int documents, Action? release)
    {
        Folder = folder;
        Generation = generation;
        Files = files;
        Documents = documents;
        _release = release;
    }

    public string Collection => IndexFolder.Collection(Folder);

    public string Folder { get; }

    public long Generation { get; }

    /// <summary>The commit's file names, the commit point (segments_N) included.</summary>
    public IReadOnlyList<string> Files { get; }

    public int Documents { get; }

    public void Dispose()
    {
        Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
