using SearchEngine.Patents;

namespace SearchEngine.Tests.Patents;

public class LandscapeTests : IClassFixture<PatentTestIndex>
{
    private readonly PatentTestIndex _index;

    public LandscapeTests(PatentTestIndex index) => _index = index;

    [Fact]
    public void Counts_every_matching_document_per_dimension()
    {
        var all = _index.Library.Landscape(new PatentQuery("PD:[1900 TO 2100]"));
        Assert.Equal(14, all.Total);
        Assert.Equal(14, all.Counted);
        Assert.Equal(14, all.FilingYears.Sum(y => y.Count));
        Assert.Equal(all.FilingYears.Select(y => y.Value).Order(StringComparer.Ordinal), all.FilingYears.Select(y => y.Value));
        Assert.Contains(new FacetValue("A46B", 2), all.IpcSubclasses);
        Assert.Contains(new FacetValue("LION CORPORATION", 2), all.Applicants);
        Assert.Equal(14, all.PriorityCountries.Sum(c => c.Count));
        // JP: two VN records and one US grant claim a Japanese priority; US: two VN records claim a US one and
        // the three US grants without any claim are first filings; VN: the one VN record without a claim.
        Assert.Contains(new FacetValue("JP", 3), all.PriorityCountries);
        Assert.Contains(new FacetValue("US", 5), all.PriorityCountries);
        Assert.Contains(new FacetValue("VN", 1), all.PriorityCountries);
        Assert.All(all.IpcGroups, g => Assert.Matches(@"^[A-H]\d\d[A-Z] \d+$", g.Value));
    }

    [Fact]
    public void Follows_the_query_and_its_filters()
    {
        var brushes = _index.Library.Landscape(new PatentQuery("bàn chải") { Ipc = "A46B" });
        Assert.Equal(2, brushes.Total);
        Assert.Equal([new FacetValue("A46B", 2)], brushes.IpcSubclasses);
    }

    [Fact]
    public void Csv_has_one_row_per_counted_value_quoted_where_needed()
    {
        var l = new PatentLandscape(2, 2, [new("2020", 2)], [new("Acme, Inc.", 1), new("=cmd", 1)], [new("A01N", 2)], [new("A01N 63", 2)], [new("US", 2)]);
        var rows = l.ToCsv().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "dimension,value,count", "filingYears,2020,2", "applicants,\"Acme, Inc.\",1", "applicants,\"=cmd\",1",
            "ipcSubclasses,A01N,2", "ipcGroups,A01N 63,2", "priorityCountries,US,2",
        ], rows);
    }

    [Fact]
    public void The_priority_country_is_the_first_claim_s_else_the_office()
    {
        var claimed = new PatentRecord { Number = "1", Office = "VN", Language = "vi", Priority = ["US 61/908,392 | 25.11.2013", "JP 2018-1"] };
        Assert.Equal("US", PatentLandscape.PriorityCountry(claimed));
        Assert.Equal("VN", PatentLandscape.PriorityCountry(claimed with { Priority = [] }));
    }
}
