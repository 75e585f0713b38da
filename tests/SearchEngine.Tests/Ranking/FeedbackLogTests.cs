using System.Text;
using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class FeedbackLogTests
{
    private static FeedbackEntry Entry(int i, int grade = 3) =>
        new("trademarks", $"Cà Phê Trung Nguyên {i}", $"VN-4-2014-{i:D6}", grade, "examiner.lan", new DateTimeOffset(2026, 11, 23, 9, i % 60, 0, TimeSpan.Zero));

    [Fact]
    public void Entries_survive_a_restart_in_order()
    {
        using var dir = new TempFolder();
        var log = new FeedbackLog(dir.Path);
        for (var i = 0; i < 5; i++) log.Append(Entry(i));

        var reopened = new FeedbackLog(dir.Path).ReadAll();

        Assert.Equal(Enumerable.Range(0, 5).Select(i => Entry(i)), reopened);
    }

    [Fact]
    public void A_torn_last_line_is_skipped_and_the_next_append_is_intact()
    {
        using var dir = new TempFolder();
        var log = new FeedbackLog(dir.Path);
        for (var i = 0; i < 3; i++) log.Append(Entry(i));

        // A kill mid-write: the last record loses its tail (and its newline).
        var bytes = File.ReadAllBytes(log.Path);
        File.WriteAllBytes(log.Path, bytes[..^25]);

        var afterCrash = new FeedbackLog(dir.Path).Scan();
        Assert.Equal([Entry(0), Entry(1)], afterCrash.Entries);
        Assert.Equal([3], afterCrash.DamagedLines);

        log.Append(Entry(7));
        var afterRestart = new FeedbackLog(dir.Path).Scan();
        Assert.Equal([Entry(0), Entry(1), Entry(7)], afterRestart.Entries);
        Assert.Equal([3], afterRestart.DamagedLines);
    }

    [Fact]
    public void A_changed_byte_inside_a_record_fails_its_checksum_only()
    {
        using var dir = new TempFolder();
        var log = new FeedbackLog(dir.Path);
        log.Append(Entry(1, grade: 1));
        log.Append(Entry(2, grade: 1));
        log.Append(Entry(3, grade: 1));

        var lines = File.ReadAllLines(log.Path);
        lines[1] = lines[1].Replace("\"grade\":1", "\"grade\":4", StringComparison.Ordinal);
        File.WriteAllLines(log.Path, lines);

        var scan = log.Scan();
        Assert.Equal([Entry(1, 1), Entry(3, 1)], scan.Entries);
        Assert.Equal([2], scan.DamagedLines);
    }

    [Fact]
    public void Concurrent_appends_never_interleave()
    {
        using var dir = new TempFolder();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => new FeedbackLog(dir.Path).Append(Entry(i)));

        var scan = new FeedbackLog(dir.Path).Scan();
        Assert.Empty(scan.DamagedLines);
        Assert.Equal(200, scan.Entries.Select(e => e.HitId).Distinct().Count());
    }

    [Fact]
    public void Unicode_text_round_trips()
    {
        using var dir = new TempFolder();
        var log = new FeedbackLog(dir.Path);
        var entry = Entry(1) with { Query = "Phở Hà Nội \"ĐẶC BIỆT\"\n", User = "nguyễn.văn.a" };
        log.Append(entry);

        Assert.Equal(entry, log.ReadAll().Single());
        Assert.Single(File.ReadAllLines(log.Path, Encoding.UTF8));
    }

    [Theory]
    [InlineData("marks", "q", "id", 1, "u")]
    [InlineData("trademarks", " ", "id", 1, "u")]
    [InlineData("trademarks", "q", "", 1, "u")]
    [InlineData("trademarks", "q", "id", 5, "u")]
    [InlineData("trademarks", "q", "id", -1, "u")]
    [InlineData("patents", "q", "id", 2, "")]
    public void Bad_entries_are_refused_and_nothing_is_written(string collection, string query, string hit, int grade, string user)
    {
        using var dir = new TempFolder();
        var log = new FeedbackLog(dir.Path);

        Assert.Throws<SearchEngineException>(() => log.Append(new FeedbackEntry(collection, query, hit, grade, user, DateTimeOffset.UtcNow)));
        Assert.False(File.Exists(log.Path));
    }

    [Fact]
    public void A_missing_log_reads_as_empty()
    {
        using var dir = new TempFolder();
        Assert.Empty(new FeedbackLog(Path.Combine(dir.Path, "feedback")).ReadAll());
    }
}
