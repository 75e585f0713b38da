namespace SearchEngine.Indexing;

/// <summary>The index folder cannot be written by this process: a permission problem, not another writer.</summary>
public sealed class IndexPermissionException(string folder, Exception? inner = null)
    : IndexUnavailableException(
        $"permission denied: the {IndexFolder.Collection(folder)} index folder {folder} cannot be written by user {Environment.UserName}; {Fix(IndexFolder.Root(folder))}", inner)
{
    public override string Problem { get; } =
        $"permission denied: the {IndexFolder.Collection(folder)} index folder cannot be written by user {Environment.UserName}";

    public override string Remedy(string root) => Fix(root);

    private static string Fix(string root) =>
        $"give that user write access to {root} (e.g. `chown -R {Environment.UserName} {root}`); the CLI can still search it read-only";
}
