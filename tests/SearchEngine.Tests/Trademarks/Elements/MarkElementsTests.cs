using SearchEngine.Trademarks.Elements;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks.Elements;

/// <summary>A register's vocabulary as a word → document frequency table.</summary>
internal sealed class WordCounts(int marks, params (string Word, int Count)[] words) : IElementVocabulary
{
    private readonly Dictionary<string, int> _counts = words.ToDictionary(w => w.Word, w => w.Count);

    public int MarkCount => marks;

    public int DocumentFrequency(string key) => _counts.GetValueOrDefault(key);
}

public sealed class MarkElementsTests
{
    private static readonly WordCounts Register = new(50_000,
        ("new", 900), ("fenix", 3), ("bar", 400), ("baruk", 2), ("trailler", 0), ("services", 800), ("gett", 1), ("net", 300));

    private static IReadOnlyList<MarkElement> Of(string mark, IElementVocabulary? vocabulary = null) =>
        MarkElements.Of(new MarkProfile(MarkText.Parse(mark), []), vocabulary ?? Register);

    [Theory]
    [InlineData("ZERO18 HAMBÚRGUER")]
    [InlineData("CERVEJARIA 018")]
    [InlineData("18")]
    public void A_number_is_one_element_however_it_is_written(string mark) =>
        Assert.Contains(Of(mark), e => e.Kind == ElementKind.Number && e.Key == "18");

    [Fact]
    public void A_code_of_letters_and_a_digit_stays_whole() => Assert.Equal(["g7"], Of("G7").Select(e => e.Key));

    [Fact]
    public void Function_words_of_any_language_are_no_element() =>
        Assert.Equal(["bar", "adega", "barbaruk", "bar", "baruk"], Of("BAR E ADEGA BARBARUK").Select(e => e.Key));

    [Fact]
    public void A_compound_is_split_into_two_words_the_register_holds()
    {
        var elements = Of("NEWFENIX TRAILLER");
        Assert.Equal(["newfenix", "new", "fenix", "trailler"], elements.Select(e => e.Key));
        Assert.Equal([ElementKind.Word, ElementKind.Piece, ElementKind.Piece, ElementKind.Word], elements.Select(e => e.Kind));
    }

    [Fact]
    public void A_word_common_in_the_register_is_not_split()
    {
        var common = new WordCounts(50_000, ("newfenix", 40), ("new", 900), ("fenix", 3));
        Assert.Equal(["newfenix"], Of("NEWFENIX", common).Select(e => e.Key));
    }

    [Fact]
    public void Rare_words_weigh_more_than_common_and_descriptive_ones()
    {
        var e = Of("GETT SERVICES NET").ToDictionary(x => x.Key);
        Assert.True(e["gett"].Weight > e["net"].Weight);
        Assert.True(e["net"].Weight > e["services"].Weight);
        Assert.True(e["services"].Descriptive);
        Assert.False(e["gett"].Descriptive);
    }

    [Fact]
    public void Distinctiveness_does_not_depend_on_the_register_size_for_a_word_in_one_mark()
    {
        var small = MarkElements.Rarity("gett", new WordCounts(50_000, ("gett", 1)));
        var large = MarkElements.Rarity("gett", new WordCounts(1_000_000, ("gett", 1)));
        Assert.InRange(small, 0.9, 1);
        Assert.InRange(large, 0.9, 1);
    }

    [Fact]
    public void Affixes_find_a_word_inside_a_compound_but_not_a_short_piece_of_a_long_word()
    {
        var affixes = MarkElements.Affixes(MarkText.Parse("NEWFENIX")).ToList();
        Assert.Contains("fenix", affixes);
        Assert.Contains("newfe", affixes);
        Assert.DoesNotContain("new", affixes); // three letters are less than two fifths of eight
        Assert.True(MarkElements.IsAffixOf("fenix", "newfenix"));
        Assert.False(MarkElements.IsAffixOf("bar", "barcelona"));
    }
}
