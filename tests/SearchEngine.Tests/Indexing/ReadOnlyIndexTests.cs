using SearchEngine.Tests.Trademarks;

namespace SearchEngine.Tests.Indexing;

/// <summary>
/// An index folder the process may not write: the message says "permission denied", not "another process
/// holds the lock". Root ignores file modes, so as root the CLI is run as the unprivileged user nobody
/// (setpriv); otherwise the folder is made read-only for the test's own user.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyIndexTests : IDisposable
{
    private readonly IndexFixture _index = new();

    [Fact]
    public void An_unwritable_index_folder_is_refused_for_imports_as_permission_denied_and_still_searchable()
    {
        var asUser = Environment.UserName == "root" ? "65534" : null; // nobody
        if (asUser is null) File.SetUnixFileMode(_index.Folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        try
        {
            var import = CliProcess.Run(["import", "trademarks", "--index", _index.Root, SmallRegister.Fixture("register-small.jsonl")], asUser);
            Assert.Equal(1, import.Code);
            Assert.Contains("permission denied: the trademarks index folder", import.Err);
            Assert.DoesNotContain("another process", import.Err);

            var search = CliProcess.Run(["search", "trademarks", "--index", _index.Root, "Trung Nguyen", "--status", "all"], asUser);
            Assert.True(search.Code == 0, search.Err);
            Assert.Contains("VN-4-2001-000001", search.Out);
        }
        finally
        {
            File.SetUnixFileMode(_index.Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void Dispose() => _index.Dispose();
}
