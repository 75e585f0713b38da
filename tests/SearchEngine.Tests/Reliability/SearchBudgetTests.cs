using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Tests.Patents;
using SearchEngine.Tests.Trademarks;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Reliability;

/// <summary>A search stops when its budget is spent or its client has gone; without a budget it runs as before.</summary>
public class SearchBudgetTests(PatentTestIndex patents) : IClassFixture<PatentTestIndex>, IClassFixture<SmallRegister>
{
    [Fact]
    public void A_spent_budget_stops_a_patent_search()
    {
        using (SearchBudget.Start(TimeSpan.Zero))
        {
            var e = Assert.Throws<SearchBudgetExceededException>(() => patents.Library.Search(new PatentQuery("filter")));
            Assert.Contains("time budget of 0 s", e.Message);
        }

        // Disposed, the budget no longer applies.
        Assert.NotEmpty(patents.Numbers("filter"));
    }

    [Fact]
    public void A_client_that_has_gone_stops_the_search()
    {
        using var gone = new CancellationTokenSource();
        gone.Cancel();
        using (SearchBudget.Start(TimeSpan.FromMinutes(1), gone.Token))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => patents.Library.Search(new PatentQuery("filter")));
        }
    }

    [Fact]
    public void A_generous_budget_changes_nothing()
    {
        var unbounded = patents.Numbers("filter OR pin");
        using (SearchBudget.Start(TimeSpan.FromMinutes(1)))
        {
            Assert.Equal(unbounded, patents.Numbers("filter OR pin"));
        }
    }

    [Fact]
    public void A_spent_budget_stops_a_trademark_search()
    {
        using var register = new SmallRegister();
        using (SearchBudget.Start(TimeSpan.Zero))
        {
            Assert.Throws<SearchBudgetExceededException>(() => register.Search("Rồng Xanh"));
        }
    }

    [Fact]
    public void Trademark_searches_are_bounded_too()
    {
        using var register = new SmallRegister();
        var e = Assert.Throws<SearchEngineException>(() => register.Search(new string('a', ConflictQuery.MaxMarkLength + 1)));
        Assert.Contains($"at most {ConflictQuery.MaxMarkLength}", e.Message);
        Assert.Throws<SearchEngineException>(() => register.Search("Rồng", q => q with { Top = ConflictQuery.MaxTop + 1 }));

        // A phrase repeated in the mark is one reason, however often it occurs.
        var repeated = string.Join(' ', Enumerable.Repeat("Công ty", 60)) + " Rồng Xanh";
        Assert.True(repeated.Length <= ConflictQuery.MaxMarkLength);
        foreach (var hit in register.Search(repeated))
        {
            Assert.Equal(hit.Reasons.Count, hit.Reasons.Distinct().Count());
            Assert.True(hit.Reasons.Count <= ConflictScorer.MaxReasons);
        }
    }
}
