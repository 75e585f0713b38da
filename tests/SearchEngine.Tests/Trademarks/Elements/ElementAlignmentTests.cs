using SearchEngine.Trademarks.Elements;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks.Elements;

public sealed class ElementAlignmentTests
{
    private static readonly WordCounts Register = new(50_000,
        ("new", 900), ("fenix", 3), ("newface", 1), ("trailler", 0), ("mix", 400), ("acai", 50), ("sorvetes", 30), ("kascao", 1),
        ("top", 700), ("net", 300), ("gett", 1), ("tecnologia", 500), ("services", 800));

    private static ElementAlignment Align(string query, string candidate)
    {
        var context = new ElementContext(new MarkProfile(MarkText.Parse(query), []), Register);
        return context.Align(new MarkProfile(MarkText.Parse(candidate), []));
    }

    [Fact]
    public void The_earlier_mark_inside_a_compound_of_the_new_one_is_named()
    {
        var a = Align("NEWFENIX TRAILLER", "FENIX");
        Assert.Contains("shared-element:\"fenix\" in \"NEWFENIX\"", a.Reasons());
        Assert.True(a.View() > Align("NEWFENIX TRAILLER", "NEWFACE").View());
    }

    [Fact]
    public void The_same_words_in_another_order()
    {
        var a = Align("TOP NET+", "NET TOP");
        Assert.True(a.SameWordsOtherOrder);
        Assert.Contains("same-words-other-order", a.Reasons());
        Assert.False(Align("NET TOP", "NET TOP").SameWordsOtherOrder);
    }

    [Fact]
    public void A_respelt_element_that_sounds_alike()
    {
        var a = Align("CASCÃO MIX AÇAÍ E SORVETES", "KASCÃO");
        Assert.Contains("element-sounds-alike:\"cascão\"~\"kascão\"", a.Reasons());
        Assert.True(a.EarlierDominantMatch.Quality > 0.75);
    }

    [Fact]
    public void The_distinctive_word_counts_descriptive_ones_hardly()
    {
        var shared = Align("GETT SERVICES", "GETT TECNOLOGIA");
        var descriptive = Align("GETT SERVICES", "NEXT SERVICES");
        Assert.Contains("distinctive:\"gett\"", shared.Reasons());
        Assert.True(shared.View() > descriptive.View() + 0.3);
    }

    [Fact]
    public void A_word_written_as_two_words_of_the_other_joined()
    {
        var a = Align("LOC ESTÉTICA", "ESTÉTICALOC");
        Assert.Equal(ElementMatchKind.Contained, a.EarlierDominantMatch.Kind);
        Assert.True(a.CandidateCoverage > 0.9);
    }
}
