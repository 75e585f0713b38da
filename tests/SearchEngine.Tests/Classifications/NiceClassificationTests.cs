using SearchEngine.Classifications.Nice;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Classifications;

public sealed class NiceClassificationTests
{
    private static readonly NiceClassification Nice = NiceClassification.Default;

    [Fact]
    public void Every_class_has_headings_in_both_languages_and_terms_in_both_languages()
    {
        Assert.Equal(45, Nice.Classes.Count);
        Assert.All(Nice.Classes, h => Assert.False(string.IsNullOrWhiteSpace(h.English) || string.IsNullOrWhiteSpace(h.Vietnamese)));
        Assert.True(Nice.Classes[34].IsService && !Nice.Classes[33].IsService);
        for (var n = 1; n <= 45; n++)
        {
            var c = new NiceClass(n);
            Assert.Contains(Nice.Terms, t => t.Class == c && t.Language == GoodsLanguage.English && t.Source == GoodsTermSource.NiceList);
            Assert.Contains(Nice.Terms, t => t.Class == c && t.Language == GoodsLanguage.Vietnamese && t.Source == GoodsTermSource.Curated);
        }

        Assert.Equal(9115, Nice.Terms.Count(t => t.Source == GoodsTermSource.NiceList));
    }

    [Fact]
    public void Basic_numbers_name_the_class_they_belong_to()
    {
        Assert.All(Nice.Terms.Where(t => t.Source == GoodsTermSource.NiceList), t => Assert.Equal(t.Class.Number, int.Parse(t.BasicNumber![..2])));
        var coffee = Nice.Terms.Single(t => t.Source == GoodsTermSource.NiceList && t.Text == "coffee");
        Assert.Equal(30, coffee.Class.Number);
        Assert.Same(coffee, Nice.ByBasicNumber(coffee.BasicNumber!));
    }

    [Fact]
    public void The_Vietnamese_list_holds_the_everyday_words_of_filings_in_their_classes()
    {
        (string Term, int Class)[] expected = [("cà phê", 30), ("quần áo", 25), ("phần mềm máy tính", 9), ("nhà hàng", 43), ("mua bán", 35), ("bia", 32), ("rượu", 33), ("thuốc lá", 34)];
        foreach (var (term, c) in expected)
        {
            Assert.Contains(Nice.Terms, t => t.Source == GoodsTermSource.Curated && t.Text == term && t.Class.Number == c);
        }
    }
}
