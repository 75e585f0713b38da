using SearchEngine.Classifications.Nice;
using SearchEngine.Indexing;
using SearchEngine.Tests.Ranking;
using SearchEngine.Trademarks.Candidates;
using SearchEngine.Trademarks.Comparison;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

public class HomophoneTests
{
    [Theory]
    [InlineData("Xự Thế", "VN-4-2024-000002")]   // s = x everywhere: Sự Thế is the same words spoken, Xử Thế another tone
    [InlineData("Trân Tâm", "VN-4-2024-000005")] // ch = tr in the North: Chân Tâm
    public void A_mark_spoken_identically_tones_included_outranks_one_with_the_same_letters_and_another_tone(string query, string expected)
    {
        using var folder = new TempFolder();
        using var register = TrademarkRegister.Open(new IndexLayout(folder.Path), writable: true);
        string[] marks = ["Xử Thế", "Sự Thế", "Sử Thế", "Trần Tâm", "Chân Tâm", "Tận Tâm"];
        for (var i = 0; i < marks.Length; i++)
        {
            register.Upsert(new Trademark { Number = $"VN-4-2024-{i + 1:000000}", Mark = marks[i], Classes = [new NiceClass(30)] });
        }

        var hits = register.Search(new ConflictQuery { Mark = query }).Hits;

        Assert.Equal(expected, hits[0].Number);
        Assert.Contains("sounds-alike", hits[0].Reasons);
    }
}

public class HomophoneRuleTests
{
    [Theory]
    [InlineData("Xự Thế", "Sự Thế", true)]     // s = x in every dialect, same tones
    [InlineData("Sữ Thế", "Xử Thế", true)]     // s = x, and hỏi = ngã in the South
    [InlineData("Trần Tâm", "Chần Tâm", true)] // ch = tr in the North, same tones
    [InlineData("Trẫn Tâm", "Chẩn Tâm", false)] // ch = tr only in the North, hỏi = ngã only in the South
    [InlineData("Xự Thế", "Xử Thế", false)]    // same letters, another tone: the letters rule covers it
    [InlineData("Sự Thế", "Sứ Thế", false)]    // another tone
    [InlineData("Xu The", "Su The", false)]    // no tone marks: tones unknown
    public void Homophones_sound_alike_with_the_same_tones_in_one_dialect(string query, string candidate, bool homophone)
    {
        var comparison = new MarkComparison(new MarkProfile(MarkText.Parse(query), []), [], new MarkProfile(MarkText.Parse(candidate), []), [],
            new float[CandidateGenerator.StrategyCount]);

        Assert.Equal(homophone, comparison.Homophone);
    }
}
