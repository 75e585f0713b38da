namespace SearchEngine.Indexing;

/// <summary>
/// A collection's index is damaged on disk (a checksum that does not match, a truncated or missing file,
/// no readable commit). It is refused, never served or overwritten: an examiner reading an empty or
/// garbled register would conclude "no conflicts".
/// </summary>
public sealed class DamagedIndexException(string folder, string problem, Exception? inner = null)
    : IndexUnavailableException(
        $"the {IndexFolder.Collection(folder)} index at {folder} is damaged and is not served: {problem}; {RemedyFor(IndexFolder.Root(folder))}", inner)
{
    public override string Problem { get; } = $"the {IndexFolder.Collection(folder)} index is damaged and is not served: {problem}";

    public override string Remedy(string root) => RemedyFor(root);

    /// <summary>The commands that check and replace a damaged index under <paramref name="root"/>.</summary>
    public static string RemedyFor(string root) =>
        $"run `searchengine check --index {root}` to list the damaged files, then restore a backup with " +
        $"`searchengine restore --from BACKUP --index {root} --force` or re-import the data into an empty index root";
}
