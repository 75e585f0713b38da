using SearchEngine.Classifications.Nice;
using SearchEngine.Indexing;
using SearchEngine.Tests.Ranking;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks.Meaning;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks.Meaning;

/// <summary>
/// The shipped concept lexicon on a table of concepts said three ways (native Vietnamese head first,
/// Sino-Vietnamese and English modifier first), and on pairs that share a word but not a meaning.
/// </summary>
public class ConceptEquivalenceTests
{
    private const double Same = 0.8;
    private const double Different = 0.6; // half the words shared (Rồng Đỏ, Blue Dragon) is 0.5

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "meaning", name);

    private static IEnumerable<string[]> Rows(string name) =>
        File.ReadLines(Fixture(name)).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t'));

    private static double Similarity(string a, string b) =>
        MeaningMatch.Between(new MarkProfile(MarkText.Parse(a), []), new MarkProfile(MarkText.Parse(b), []), ConceptWeights.Uniform).Similarity;

    [Fact]
    public void Every_form_of_a_concept_means_the_same_as_the_others()
    {
        var rows = Rows("equivalences.tsv").ToList();
        Assert.True(rows.Count >= 150, $"only {rows.Count} rows");
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var forms = row.Where(f => f.Length > 0).ToList();
            for (var i = 0; i < forms.Count; i++)
            {
                for (var j = 0; j < forms.Count; j++)
                {
                    if (i == j) continue;
                    var s = Similarity(forms[i], forms[j]);
                    if (s < Same) failures.Add($"{forms[i]} ~ {forms[j]}: {s:F2}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} pairs below {Same}:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Marks_that_share_a_word_but_not_the_meaning_do_not_match()
    {
        var rows = Rows("non-matches.tsv").ToList();
        Assert.True(rows.Count >= 30, $"only {rows.Count} rows");
        var failures = rows.Select(r => (r[0], r[1], S: Similarity(r[0], r[1]))).Where(x => x.S >= Different)
            .Select(x => $"{x.Item1} ~ {x.Item2}: {x.S:F2}").ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} pairs at or above {Different}:\n" + string.Join('\n', failures));
    }

    [Theory]
    [InlineData("Rong Do", "Red Dragon")]   // typed without marks: every toned reading of each word
    [InlineData("Hong Long", "Rồng Đỏ")]
    [InlineData("HAC MA", "Black Horse")]
    public void Marks_typed_without_tone_marks_still_meet_their_translation(string plain, string other)
    {
        var s = Similarity(plain, other);
        Assert.InRange(s, Same, 0.99); // matched (its words corroborate each other), but less surely than the toned spelling
        Assert.True(s < Similarity(MarkText.Parse(other).Display, other));
    }

    [Fact]
    public void Unsure_readings_that_all_land_on_one_mark_corroborate_each_other()
    {
        // duong and lanh each stand for several toned words; both meaning what "Cold Way" means is no accident
        var both = Similarity("Duong Lanh", "Cold Way");
        Assert.True(both >= Same, $"Duong Lanh ~ Cold Way: {both:F2}");
        Assert.True(both > Similarity("Duong", "Way"), "one unsure word alone stays unsure");
        // one word read the same way and the other not: nothing to corroborate, the mark stays a half match
        Assert.InRange(Similarity("Duong Xanh", "Cold Way"), 0, Different);
    }

    [Fact]
    public void A_head_first_native_mark_reads_its_shared_concepts_in_English_order()
    {
        var m = MeaningMatch.Between(new MarkProfile(MarkText.Parse("Red Dragon"), []), new MarkProfile(MarkText.Parse("Rồng Đỏ"), []), ConceptWeights.Uniform);
        Assert.Equal(["red", "dragon"], m.Shared);
    }

    [Fact]
    public void A_recorded_translation_gives_the_mark_its_meaning()
    {
        var query = new MarkProfile(MarkText.Parse("Red Dragon"), []);
        var coined = new MarkProfile(MarkText.Parse("Xylo Zenta"), [], translation: "Rồng Đỏ");
        Assert.Equal(0, MeaningMatch.Between(query, new MarkProfile(MarkText.Parse("Xylo Zenta"), []), ConceptWeights.Uniform).Similarity);
        Assert.True(MeaningMatch.Between(query, coined, ConceptWeights.Uniform).Similarity >= Same);
    }

    [Fact]
    public void A_profile_keeps_its_translation_through_the_index_form()
    {
        var profile = new MarkProfile(MarkText.Parse("Hồng Long"), [], translation: "Red Dragon");
        Assert.Equal("Red Dragon", MarkProfile.Deserialize(profile.Serialize()).Translation);
    }

    [Fact]
    public void The_register_finds_marks_that_mean_the_same_and_says_why()
    {
        using var folder = new TempFolder();
        using var register = TrademarkRegister.Open(new IndexLayout(folder.Path), writable: true);
        string[] marks = ["Rồng Đỏ", "Hồng Long", "Rồng Xanh", "Ngựa Đỏ", "Red Horse", "Rong Dao", "Đỏ Tươi"];
        for (var i = 0; i < marks.Length; i++)
        {
            register.Upsert(new Trademark { Number = $"VN-4-2024-{i + 1:000000}", Mark = marks[i], Classes = [new NiceClass(30)] });
        }

        register.Upsert(new Trademark { Number = "VN-4-2024-000099", Mark = "Xylo", Translation = "Red Dragon", Classes = [new NiceClass(30)] });

        var hits = register.Search(new ConflictQuery { Mark = "Red Dragon" }).Hits;

        Assert.Equal(["VN-4-2024-000001", "VN-4-2024-000002", "VN-4-2024-000099"], hits.Take(3).Select(h => h.Number).Order());
        Assert.Contains("meaning:\"Rồng Đỏ\" = \"red dragon\"", hits.First(h => h.Number == "VN-4-2024-000001").Reasons);
        Assert.Equal("Red Dragon", hits.First(h => h.Number == "VN-4-2024-000099").Trademark.Translation);
    }

    [Fact]
    public void A_common_concept_alone_does_not_bring_every_mark_that_has_it()
    {
        using var folder = new TempFolder();
        using var register = TrademarkRegister.Open(new IndexLayout(folder.Path), writable: true);
        // "gold" is in every other mark; "dragon" in one
        var n = 0;
        foreach (var w in new[] { "Sông", "Núi", "Biển", "Hoa", "Cây", "Nhà", "Đường", "Cửa", "Trăng", "Gió" })
        {
            for (var k = 0; k < 10; k++) register.Upsert(new Trademark { Number = $"VN-4-2024-{++n:000000}", Mark = $"Vàng {w} {k}", Classes = [new NiceClass(30)] });
        }

        register.Upsert(new Trademark { Number = "VN-4-2024-000999", Mark = "Kim Long", Classes = [new NiceClass(30)] });

        var hits = register.Search(new ConflictQuery { Mark = "Golden Dragon Group" }).Hits;

        Assert.Equal("VN-4-2024-000999", hits[0].Number);
        Assert.DoesNotContain(hits.Skip(1), h => h.Reasons.Any(r => r.StartsWith("meaning:", StringComparison.Ordinal)));
    }
}
