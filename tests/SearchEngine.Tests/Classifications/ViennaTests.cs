using SearchEngine.Classifications;
using SearchEngine.Indexing;
using SearchEngine.Tests.Trademarks.Records;
using SearchEngine.Tests.Trademarks;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Classifications;

public sealed class ViennaTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-vienna-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("26.04.01", "26.04.01")]
    [InlineData("260401", "26.04.01")]
    [InlineData("26.4.1", "26.04.01")]
    [InlineData("26.03.23 (7)", "26.03.23")]
    [InlineData("2604", "26.04")]
    [InlineData("26", "26")]
    [InlineData("5", "05")]
    public void Codes_in_every_office_form_read_as_dotted_pairs(string text, string expected) =>
        Assert.Equal(expected, ViennaCode.Parse(text).ToString());

    [Theory]
    [InlineData("9804")]
    [InlineData("30.01")]
    [InlineData("26.04.01.02")]
    [InlineData("abc")]
    [InlineData("26-04")]
    public void What_is_not_a_code_is_refused(string text)
    {
        Assert.False(ViennaCode.TryParse(text, out _));
        Assert.Contains("not a Vienna code", Assert.Throws<SearchEngineException>(() => ViennaCode.Parse(text, "--vienna")).Message);
    }

    [Fact]
    public void Prefixes_cover_their_sections()
    {
        var square = ViennaCode.Parse("26.04.01");
        Assert.True(ViennaCode.Parse("26").Covers(square));
        Assert.True(ViennaCode.Parse("26.04").Covers(square));
        Assert.False(ViennaCode.Parse("26.01").Covers(square));
        Assert.Equal("26.04", square.DivisionCode.ToString());
    }

    [Fact]
    public void The_shipped_classification_names_categories_divisions_and_sections()
    {
        Assert.True(ViennaClassification.Count > 2000);
        Assert.Equal("QUADRILATERALS", ViennaClassification.NameOf(ViennaCode.Parse("26.04")));
        Assert.Equal("Squares", ViennaClassification.NameOf(ViennaCode.Parse("26.04.01")));
        Assert.Equal("Stars", ViennaClassification.NameOf(ViennaCode.Parse("01.01.01")));
    }

    [Fact]
    public void A_search_by_Vienna_prefix_counts_the_marks_and_their_divisions()
    {
        using var register = TrademarkRegister.Open(new IndexLayout(_root), writable: true);
        register.ImportFile(OfficeRecordTests.Office("euipo-figurative-sample.json"));
        register.ImportFile(SmallRegister.Fixture("register-small.jsonl"));

        var result = register.Search(new ConflictQuery { Mark = "", Vienna = [ViennaCode.Parse("26.04")], Statuses = MarkStatuses.All, Top = 100 });

        Assert.Equal(9, result.Matching);
        Assert.Equal(9, result.Hits.Count);
        Assert.All(result.Hits, h => Assert.Contains(h.Trademark.ViennaCodes, c => c.StartsWith("26.04.", StringComparison.Ordinal)));
        Assert.Equal(new ViennaFacet("26.04", "QUADRILATERALS", 9), result.ViennaDivisions[0]);
        Assert.True(result.ViennaDivisions.Sum(f => f.Count) > 9);

        var square = register.Search(new ConflictQuery { Mark = "", Vienna = [ViennaCode.Parse("26.04.01")], Statuses = MarkStatuses.All });
        Assert.InRange(square.Matching!.Value, 1, 8);
        var category = register.Search(new ConflictQuery { Mark = "", Vienna = [ViennaCode.Parse("26")], Statuses = MarkStatuses.All });
        Assert.True(category.Matching > 9);
    }

    [Fact]
    public void A_word_search_narrowed_by_Vienna_and_scored_by_shared_figures()
    {
        using var register = TrademarkRegister.Open(new IndexLayout(_root), writable: true);
        register.ImportFile(OfficeRecordTests.Office("euipo-figurative-sample.json"));

        var result = register.Search(new ConflictQuery { Mark = "Uncle Bens", ViennaCodes = [ViennaCode.Parse("02.01.01")], Statuses = MarkStatuses.All });
        var top = result.Hits[0];
        Assert.Equal("000001751", top.Number);
        Assert.Contains("same-figurative:02.01.01", top.Reasons);
        var i = TrademarkFeatures.Names.ToList().IndexOf("vienna_division_overlap");
        Assert.True(i >= 0);
        Assert.True(top.Features[i] > 0);

        var narrowed = register.Search(new ConflictQuery { Mark = "Uncle Bens", Vienna = [ViennaCode.Parse("26")], Statuses = MarkStatuses.All });
        Assert.DoesNotContain(narrowed.Hits, h => h.Number == "000001751");
        Assert.All(narrowed.Hits, h => Assert.Contains(h.Trademark.ViennaCodes, c => c.StartsWith("26.", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
