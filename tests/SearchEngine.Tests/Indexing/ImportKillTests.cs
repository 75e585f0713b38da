using System.Diagnostics;
using System.Text.RegularExpressions;
using SearchEngine.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Indexing;

/// <summary>
/// kill -9 of a CLI import at random moments: every mark the progress line counted as committed before the
/// kill is in the index afterwards, and the index checks clean and takes writes again.
/// </summary>
public sealed partial class ImportKillTests : IDisposable
{
    // Far more than gets imported before the kill: the first commit comes after 100,000 marks or 10 s, and at
    // 20,000 marks/s another 60,000 follow in the 3 s before the kill.
    private const int Records = 500_000;
    private readonly string _work = Path.Combine(Path.GetTempPath(), "se-kill-cli-" + Guid.NewGuid().ToString("N"));

    [GeneratedRegex(@": ([\d,]+) marks read, ([\d,]+) committed \([\d.]+ s\)$")]
    private static partial Regex ProgressLine();

    private static string Number(int i) => $"KILL-{i:D6}";

    private string RegisterFile()
    {
        Directory.CreateDirectory(_work);
        var path = Path.Combine(_work, "register.jsonl");
        using var w = new StreamWriter(path);
        for (var i = 0; i < Records; i++)
        {
            w.WriteLine($$"""{"id":"{{Number(i)}}","mark":"Kiemtra {{i:D6}} Sao Viet","classes":[{{1 + i % 45}}],"owner":"Cong ty {{i % 97}}","status":"registered","filingDate":"2020-01-02"}""");
        }

        return path;
    }

    [Fact]
    public void Marks_reported_committed_survive_a_kill_at_five_random_moments()
    {
        var file = RegisterFile();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        for (var run = 0; run < 5; run++)
        {
            var root = Path.Combine(_work, $"index-{run}");
            // After the first commit line, at a random moment up to about one commit later (or, once, at once).
            var delay = run == 0 ? 0 : random.Next(0, 3_000);
            var committed = ImportAndKill(file, root, delay);
            Verify(root, committed, $"seed {seed}, run {run}, killed {delay} ms after the first progress line");
        }
    }

    private static long ImportAndKill(string file, string root, int delayMs)
    {
        using var process = Process.Start(CliProcess.Start(["import", "trademarks", "--index", root, file]))!;
        long committed = 0;
        var first = new ManualResetEventSlim();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null || ProgressLine().Match(e.Data) is not { Success: true } m) return;
            Interlocked.Exchange(ref committed, Math.Max(Interlocked.Read(ref committed), long.Parse(m.Groups[2].Value.Replace(",", ""))));
            first.Set();
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        Assert.True(first.Wait(TimeSpan.FromSeconds(90)), "no progress line within 90 s");
        Thread.Sleep(delayMs);
        var seen = Interlocked.Read(ref committed); // lines after this moment may come from after the kill: not counted
        process.Kill();
        process.WaitForExit();
        Assert.NotEqual(0, process.ExitCode);
        return seen;
    }

    private static void Verify(string root, long committed, string context)
    {
        var check = IndexCheck.Run(new IndexLayout(root))[0];
        Assert.True(check.Clean, $"{context}: {string.Join("; ", check.Problems)}");
        using var register = TrademarkRegister.Open(new IndexLayout(root), writable: true); // opens clean, takes the lock again
        Assert.True(committed > 0, $"{context}: the progress lines counted nothing committed");
        Assert.True(register.Count >= committed, $"{context}: {register.Count} marks, {committed} reported committed");
        // every number, read from one pass over the stored records (a look-up each would take longer than the import)
        var present = register.ExportLines().Select(IdOf).ToHashSet();
        var missing = Enumerable.Range(0, (int)committed).Where(i => !present.Contains(Number(i))).Take(5).ToList();
        Assert.NotNull(register.Get(Number((int)committed - 1)));
        Assert.True(missing.Count == 0, $"{context}: missing {string.Join(", ", missing.Select(Number))}");
    }

    private static string? IdOf(string json)
    {
        using var record = System.Text.Json.JsonDocument.Parse(json);
        return record.RootElement.GetProperty("id").GetString();
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }
}
