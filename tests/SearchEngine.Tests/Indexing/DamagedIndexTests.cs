using SearchEngine.Indexing;
using SearchEngine.Tests.Trademarks;

namespace SearchEngine.Tests.Indexing;

/// <summary>
/// Each way an index is found damaged on disk (issue 11) is refused with a message naming the problem and
/// the command that repairs it; nothing is served, and nothing is written into the folder.
/// </summary>
public sealed class DamagedIndexTests : IDisposable
{
    private readonly IndexFixture _index = new();

    public enum Damage { TruncateDocValues, TruncateTerms, TruncateStoredFields, FlipStoredFieldBytes, FlipDocValueBytes, DeleteCommitAndGen, DeleteCommitOnly }

    private void Apply(Damage damage)
    {
        switch (damage)
        {
            case Damage.TruncateDocValues: Truncate(_index.File(".dvd")); break;
            case Damage.TruncateTerms: Truncate(_index.File(".tim")); break;
            case Damage.TruncateStoredFields: Truncate(_index.File(".fdt")); break;
            case Damage.FlipStoredFieldBytes: Flip(_index.File(".fdt")); break;
            case Damage.FlipDocValueBytes: Flip(_index.File(".dvd")); break;
            case Damage.DeleteCommitAndGen:
                File.Delete(_index.File("segments_"));
                File.Delete(_index.File("segments.gen"));
                break;
            case Damage.DeleteCommitOnly: File.Delete(_index.File("segments_")); break;
        }
    }

    private static void Truncate(string file)
    {
        using var f = new FileStream(file, FileMode.Open);
        f.SetLength(f.Length / 2);
    }

    // Three bytes in the middle, size unchanged: what a bad sector or a stray write does.
    private static void Flip(string file)
    {
        using var f = new FileStream(file, FileMode.Open);
        f.Position = f.Length / 2;
        var bytes = new byte[3];
        f.ReadExactly(bytes);
        f.Position = f.Length / 2;
        f.Write(bytes.Select(b => (byte)~b).ToArray());
    }

    [Theory]
    [InlineData(Damage.TruncateDocValues, "does not match its checksum")]
    [InlineData(Damage.TruncateTerms, "does not match its checksum")]
    [InlineData(Damage.TruncateStoredFields, "does not match its checksum")]
    [InlineData(Damage.FlipStoredFieldBytes, "does not match its checksum")]
    [InlineData(Damage.FlipDocValueBytes, "does not match its checksum")]
    [InlineData(Damage.DeleteCommitAndGen, "no commit point (segments_N is missing)")]
    [InlineData(Damage.DeleteCommitOnly, "no commit point (segments_N is missing)")]
    public void A_damaged_index_is_refused_by_search_import_and_check_and_left_as_it_is(Damage damage, string problem)
    {
        Assert.Equal(0, IndexFixture.Run("search", "trademarks", "--index", _index.Root, "Trung Nguyen").Code); // verified once: the record says clean
        Apply(damage);
        var before = _index.Files();

        var search = IndexFixture.Run("search", "trademarks", "--index", _index.Root, "Trung Nguyen");
        Assert.Equal(1, search.Code);
        Assert.Contains("is damaged and is not served", search.Err);
        Assert.Contains(problem, search.Err);
        Assert.Contains($"searchengine restore --from BACKUP --index {_index.Root} --force", search.Err);
        Assert.Equal("", search.Out);

        var import = IndexFixture.Run("import", "trademarks", "--index", _index.Root, SmallRegister.Fixture("register-small.jsonl"));
        Assert.Equal(1, import.Code);
        Assert.Contains(problem, import.Err);
        Assert.DoesNotContain("   at ", import.Err);

        var check = IndexFixture.Run("check", "--index", _index.Root);
        Assert.Equal(1, check.Code);
        Assert.Contains("trademarks: DAMAGED:", check.Out);
        Assert.Contains(problem, check.Out);
        Assert.Equal(before.Where(f => f != VerifiedFiles.FileName), _index.Files().Where(f => f != VerifiedFiles.FileName)); // no new index beside the old files
    }

    [Fact]
    public void A_clean_index_checks_clean_and_counts_its_marks()
    {
        int marks;
        using (var register = SearchEngine.Trademarks.TrademarkRegister.Open(new IndexLayout(_index.Root), writable: false)) marks = register.Count;
        var check = IndexFixture.Run("check", "--index", _index.Root);
        Assert.Equal(0, check.Code);
        Assert.True(marks > 20, $"{marks} marks imported");
        Assert.Matches($@"^trademarks: ok, {marks} documents, 1 segment\(s\), \d+ files, [\d.]+ MiB checksummed, commit \d+\r?\npatents: no index", check.Out);
    }

    [Fact]
    public void Bytes_flipped_behind_the_file_times_back_escape_the_quick_open_check_but_not_the_full_check()
    {
        Assert.Equal(0, IndexFixture.Run("search", "trademarks", "--index", _index.Root, "Trung Nguyen").Code);
        var file = _index.File(".nvd");
        var written = File.GetLastWriteTimeUtc(file);
        Flip(file);
        File.SetLastWriteTimeUtc(file, written); // same name, size and time: the open check trusts its record

        Assert.Equal(0, IndexFixture.Run("search", "trademarks", "--index", _index.Root, "Trung Nguyen").Code);
        var check = IndexFixture.Run("check", "--index", _index.Root);
        Assert.Equal(1, check.Code);
        Assert.Contains($"{Path.GetFileName(file)} does not match its checksum", check.Out);
    }

    public void Dispose() => _index.Dispose();
}
