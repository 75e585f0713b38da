using SearchEngine.Indexing;
using SearchEngine.Trademarks.Evaluation;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

public sealed class SampleTests
{
    [Fact]
    public void The_shipped_sample_imports_whole_and_finds_a_brand()
    {
        var root = Path.Combine(Path.GetTempPath(), "se-tm-sample-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var register = TrademarkRegister.Open(new IndexLayout(root), writable: true);
            var report = TrademarkSample.ImportInto(register);
            Assert.Equal(TrademarkSample.Size, report.Imported);
            Assert.Equal(0, report.Skipped);
            var hits = register.Search(new ConflictQuery { Mark = "Gogle Clasroom", Statuses = MarkStatuses.All }).Hits;
            Assert.Contains(hits.Take(3), h => h.Mark.StartsWith("Google Classroom", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_generator_is_reproducible_and_keeps_going_past_its_vocabulary()
    {
        IReadOnlyList<string> brands = ["Acme", "Globex"];
        IReadOnlyList<string> words = ["cà phê sữa", "hoa sen", "trăng"];
        var first = new RegisterGenerator(brands, words, seed: 7).Generate(40).ToList();
        var again = new RegisterGenerator(brands, words, seed: 7).Generate(40).ToList();
        var other = new RegisterGenerator(brands, words, seed: 8).Generate(40).ToList();

        Assert.Equal(40, first.Count);
        Assert.Equal(first.Select(t => TrademarkRecordJson(t)), again.Select(t => TrademarkRecordJson(t)));
        Assert.NotEqual(first.Select(t => TrademarkRecordJson(t)), other.Select(t => TrademarkRecordJson(t)));
        Assert.Equal(40, first.Select(t => t.Number).Distinct().Count());
        Assert.All(first, t =>
        {
            Assert.False(MarkText.Parse(t.Mark).IsEmpty);
            Assert.InRange(t.Classes.Count, 1, 3);
            Assert.All(t.Disclaimed, d => Assert.Contains(d, t.Mark));
        });
        Assert.Contains(first, t => t.Mark == "Acme" || t.Mark.Contains("Acme"));
    }

    private static string TrademarkRecordJson(Trademark t) => System.Text.Json.JsonSerializer.Serialize(t);
}
