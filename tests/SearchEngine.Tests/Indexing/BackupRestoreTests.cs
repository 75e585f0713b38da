using SearchEngine.Classifications.Nice;
using SearchEngine.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Indexing;

public sealed class BackupRestoreTests : IDisposable
{
    private readonly IndexFixture _index = new();

    private string Scratch(string name) => Path.Combine(_index.Root + "-" + name);

    [Fact]
    public void A_backup_taken_while_the_writer_is_open_restores_to_the_same_register()
    {
        var backup = Scratch("backup");
        using (var register = TrademarkRegister.Open(new IndexLayout(_index.Root), writable: true))
        {
            // The writer this process holds is the one that pins the snapshot; the import after it must not change the copy.
            using var snapshot = register.Snapshot();
            register.Upsert(new Trademark { Number = "AFTER-SNAPSHOT", Mark = "Sau Khi", Classes = [new NiceClass(30)] });
            var written = IndexBackup.Write([snapshot], register.Layout, backup);
            Assert.Equal(snapshot.Documents, written[0].Documents);
        }

        var restored = Scratch("restored");
        var first = IndexFixture.Run("restore", "--from", backup, "--index", restored);
        Assert.True(first.Code == 0, first.Err);
        Assert.Matches(@"^trademarks: restored, \d+ documents, commit \d+, checked clean", first.Out);
        using (var register = TrademarkRegister.Open(new IndexLayout(restored), writable: false))
        {
            Assert.NotNull(register.Get("VN-4-2001-000001"));
            Assert.Null(register.Get("AFTER-SNAPSHOT"));
        }

        var again = IndexFixture.Run("restore", "--from", backup, "--index", restored);
        Assert.Equal(1, again.Code);
        Assert.Contains("already holds an index: pass --force", again.Err);
        Assert.Equal(0, IndexFixture.Run("restore", "--from", backup, "--index", restored, "--force").Code);
    }

    [Fact]
    public void The_cli_backs_up_an_index_and_refuses_a_non_empty_target_a_damaged_backup_and_a_live_index()
    {
        var backup = Scratch("cli-backup");
        var made = IndexFixture.Run("backup", "--index", _index.Root, "--to", backup);
        Assert.True(made.Code == 0, made.Err);
        Assert.Contains("checked clean", made.Out);
        Assert.Contains("not empty", IndexFixture.Run("backup", "--index", _index.Root, "--to", backup).Err);

        using (var live = TrademarkRegister.Open(new IndexLayout(_index.Root), writable: true))
        {
            var refused = IndexFixture.Run("restore", "--from", backup, "--index", _index.Root, "--force");
            Assert.Equal(1, refused.Code);
            Assert.Contains("is open for writing by another process", refused.Err);
        }

        var fdt = Directory.GetFiles(Path.Combine(backup, "trademarks"), "*.fdt").Single();
        using (var f = new FileStream(fdt, FileMode.Open)) f.SetLength(f.Length - 1);
        var damaged = IndexFixture.Run("restore", "--from", backup, "--index", Scratch("never"), "--force");
        Assert.Equal(1, damaged.Code);
        Assert.Contains("is damaged", damaged.Err);
        Assert.False(Directory.Exists(Scratch("never")));
    }

    public void Dispose()
    {
        foreach (var d in new[] { "backup", "restored", "cli-backup", "never" }.Select(Scratch).Where(Directory.Exists)) Directory.Delete(d, recursive: true);
        _index.Dispose();
    }
}
