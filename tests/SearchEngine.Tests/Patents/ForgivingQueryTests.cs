using SearchEngine.Patents;

namespace SearchEngine.Tests.Patents;

public class ForgivingQueryTests : IClassFixture<PatentTestIndex>
{
    private readonly PatentTestIndex _index;

    public ForgivingQueryTests(PatentTestIndex index) => _index = index;

    private PatentLibrary Lib => _index.Library;

    [Fact]
    public void When_no_document_has_every_word_the_best_partial_matches_are_shown_and_said_so()
    {
        var strict = Lib.Search(new PatentQuery("filter pressure toothpaste") { Forgiving = false });
        Assert.Equal(0, strict.Total);

        var forgiving = Lib.Search(new PatentQuery("filter pressure toothpaste"));
        Assert.True(forgiving.Total > 0);
        Assert.Equal("no document has all 3 words; showing documents with 2 of them", forgiving.Notice);
        Assert.Equal("08419845", forgiving.Hits[0].Number);
    }

    [Fact]
    public void A_query_with_enough_hits_is_not_relaxed()
    {
        var result = Lib.Search(new PatentQuery("phương pháp OR chế phẩm OR pin"));
        Assert.Null(result.Notice);
        Assert.Empty(result.Suggestions);
    }

    [Fact]
    public void A_misspelt_word_gets_the_index_s_closest_word_as_written()
    {
        var result = Lib.Search(new PatentQuery("air fiter"));
        var s = Assert.Single(result.Suggestions);
        Assert.Equal("fiter", s.Word);
        Assert.Equal("filter", s.Suggestion);

        // Vietnamese: the suggestion keeps its accents, whatever the typing.
        var vi = Lib.Search(new PatentQuery("bàn chảii"));
        Assert.Contains(vi.Suggestions, x => x.Word == "chảii" && x.Suggestion == "chải");
    }

    [Fact]
    public void Negated_and_grouped_words_are_not_given_up()
    {
        var result = Lib.Search(new PatentQuery("(filter AND toothpaste) OR xyzzyq"));
        Assert.Equal(0, result.Total);
        Assert.Null(result.Notice);
    }
}
