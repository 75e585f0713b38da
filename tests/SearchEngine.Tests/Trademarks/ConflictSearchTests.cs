using SearchEngine.Classifications.Nice;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

public sealed class ConflictSearchTests(SmallRegister small) : IClassFixture<SmallRegister>
{
    [Fact]
    public void Imports_every_fixture_line()
    {
        Assert.Equal(20, small.Report.Imported);
        Assert.Equal(0, small.Report.Skipped);
        Assert.Equal(20, small.Register.Count);
    }

    [Theory]
    [InlineData("TRUNG NGUYEN", "VN-4-2001-000001")]      // diacritics stripped, capitals
    [InlineData("Eclipes Mosquitto", "VN-4-2015-000006")] // two letters swapped
    [InlineData("Sllashdot", "VN-4-2011-000015")]         // doubled letter
    [InlineData("Vina Milk", "VN-4-2005-000003")]         // split compact mark
    [InlineData("Giá-Cả", "VN-4-2017-000008")]            // punctuation
    [InlineData("Google Classroom Express", "VN-4-2013-000016")] // generic word added
    [InlineData("Rắn Hổ", "VN-4-2014-000017")]            // a word dropped
    public void Finds_the_altered_mark_first(string query, string expected)
    {
        var hits = small.Search(query);
        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].Number);
    }

    [Fact]
    public void Containment_works_both_ways_with_reasons()
    {
        var longer = small.Search("TRUNG NGUYÊN LEGEND");
        var shortHit = Assert.Single(longer, h => h.Number == "VN-4-2001-000001");
        Assert.Contains("within:\"trung nguyen\"", shortHit.Reasons);

        var shorter = small.Search("Trung Nguyên");
        Assert.Equal("VN-4-2001-000001", shorter[0].Number);
        Assert.Contains("identical", shorter[0].Reasons);
        var legend = Assert.Single(shorter, h => h.Number == "VN-4-2019-000002");
        Assert.Contains("contains:\"trung nguyen\"", legend.Reasons);
        Assert.Contains("disclaimed:\"Cà Phê\" ignored", legend.Reasons);
    }

    [Theory]
    [InlineData("Vina Milk")]
    [InlineData("Xyzzy Quorp")]
    [InlineData("TRUNG NGUYÊN LEGEND")]
    public void Every_hit_says_how_its_mark_resembles_the_query_even_a_far_one(string query)
    {
        string[] markReasons = ["identical", "same-letters", "edit-distance:", "core-edit-distance:", "sounds-alike", "phonetic-vi:", "metaphone:", "contains:", "within:"];

        foreach (var hit in small.Search(query, q => q with { Top = 50 }))
        {
            Assert.Contains(hit.Reasons, r => markReasons.Any(r.StartsWith));
        }
    }

    [Fact]
    public void Tones_break_ties_between_marks_with_the_same_letters()
    {
        var hits = small.Search("Tắc Đông");
        Assert.Equal("VN-4-2004-000014", hits[0].Number);
        Assert.Equal("VN-4-2003-000013", hits[1].Number);
        Assert.Contains("same-letters", hits[1].Reasons);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public void Hits_carry_score_band_classes_and_a_full_feature_row()
    {
        var hit = small.Search("Trung Nguyên", q => q with { Classes = [new NiceClass(30)] })[0];
        Assert.Equal(ConflictBand.High, hit.Band);
        Assert.InRange(hit.Score, 85, 100);
        Assert.Contains("same-class:30", hit.Reasons);
        Assert.Equal(TrademarkFeatures.Names.Count, hit.Features.Length);
        Assert.Equal("Công ty Cổ phần Trung Nguyên", hit.Trademark.Owner);
    }

    [Fact]
    public void Live_marks_only_by_default()
    {
        var live = small.Register.Search(new ConflictQuery { Mark = "Chuyên Cần" }).Hits;
        Assert.DoesNotContain(live, h => h.Number == "VN-4-2012-000005"); // expired
        Assert.All(live, h => Assert.True(h.Trademark.Status.IsLive()));
        var all = small.Search("Chuyên Cần");
        Assert.Equal("VN-4-2012-000005", all[0].Number);
    }

    [Fact]
    public void Class_filters_exact_and_related()
    {
        var exact = small.Search("Trung Nguyên", q => q with { Classes = [new NiceClass(43)], ClassFilter = ClassFilterMode.Exact });
        Assert.All(exact, h => Assert.Contains(new NiceClass(43), h.Trademark.Classes));
        Assert.DoesNotContain(exact, h => h.Number == "VN-4-2019-000002"); // class 30 only

        var related = small.Search("Trung Nguyên", q => q with { Classes = [new NiceClass(43)], ClassFilter = ClassFilterMode.Related });
        Assert.Contains(related, h => h.Number == "VN-4-2019-000002"); // 30 is related to 43
        Assert.Contains(related.Single(h => h.Number == "VN-4-2019-000002").Reasons, r => r == "related-class:43~30");
    }

    [Fact]
    public void Before_keeps_only_earlier_marks()
    {
        var hits = small.Search("Trung Nguyên", q => q with { Before = new DateOnly(2010, 1, 1) });
        Assert.Contains(hits, h => h.Number == "VN-4-2001-000001");
        Assert.DoesNotContain(hits, h => h.Number == "VN-4-2019-000002");
        Assert.All(hits, h => Assert.True(h.Trademark.FilingDate < new DateOnly(2010, 1, 1)));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("!!! --- ???", "no letters or digits")]
    public void Rejects_marks_that_are_not_marks(string mark, string message)
    {
        var e = Assert.Throws<SearchEngineException>(() => small.Search(mark));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Rejects_an_overlong_mark_and_a_top_above_200()
    {
        var e = Assert.Throws<SearchEngineException>(() => small.Search(new string('a', ConflictQuery.MaxMarkLength + 1)));
        Assert.Contains("500", e.Message);
        var t = Assert.Throws<SearchEngineException>(() => small.Search("Trung", q => q with { Top = 201 }));
        Assert.Contains("200", t.Message);
    }

    [Fact]
    public void A_mark_of_exactly_the_limit_is_searched()
    {
        var hits = small.Search(string.Join(' ', Enumerable.Repeat("trung nguyen", ConflictQuery.MaxMarkLength / 13)));
        Assert.NotNull(hits);
    }

    [Fact]
    public void Unknown_classes_are_rejected_with_the_range()
    {
        var e = Assert.Throws<SearchEngineException>(() => NiceClass.ParseList("30,46"));
        Assert.Contains("46", e.Message);
        Assert.Contains("1 to 45", e.Message);
    }
}
