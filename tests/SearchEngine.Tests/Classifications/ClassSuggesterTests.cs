using SearchEngine.Classifications.Nice;
using SearchEngine.Cli;

namespace SearchEngine.Tests.Classifications;

public sealed class ClassSuggesterTests
{
    private static readonly ClassSuggester Suggester = ClassSuggester.Default;

    private static int[] Classes(string text, int top = 3) => [.. Suggester.Suggest(text, top).Select(s => s.Class.Number)];

    [Theory]
    [InlineData("coffee; tea; cocoa", 30)]
    [InlineData("Clothing, namely, shirts, hats, and baby jumpsuits", 25)]
    [InlineData("computer software for database management", 9)]
    [InlineData("retail store services featuring clothing and footwear", 35)]
    [InlineData("restaurant services; hotel services", 43)]
    [InlineData("CARBONATED BEVERAGES; MINERAL WATER", 32)]
    public void English_goods_get_their_class_first(string text, int expected) => Assert.Equal(expected, Classes(text)[0]);

    [Fact]
    public void Items_after_namely_spell_out_the_head()
    {
        var items = GoodsList.Split("Computer software, namely, database management, and web hosting; coffee");
        Assert.Equal(["Computer software", "database management", "web hosting", "coffee"], items.Select(i => i.Text));
        Assert.Equal([false, true, true, false], items.Select(i => i.Specific));
    }

    [Fact]
    public void The_head_before_namely_decides_the_class()
    {
        const string text = "Computer software, namely, software for database management and data processing";
        Assert.Equal(1, GoodsList.Split(text).Count(i => i.Specific));
        Assert.Equal(9, Suggester.Suggest(text, 1)[0].Class.Number);
    }

    [Fact]
    public void A_qualifier_after_a_comma_stays_with_its_item()
    {
        var items = GoodsList.Split("doors, not of metal, heating pads, electric, for medical purposes; shirts");
        Assert.Equal(["doors, not of metal", "heating pads, electric, for medical purposes", "shirts"], items.Select(i => i.Text));
    }

    [Fact]
    public void Vietnamese_lists_are_not_joined_by_the_english_qualifier_rule()
    {
        var items = GoodsList.Split("Bàn, ghế, giường, tủ");
        Assert.Equal(4, items.Count);
    }

    [Theory]
    [InlineData("doors of metal", 6)]
    [InlineData("doors, not of metal", 19)]
    [InlineData("armoured doors, not of metal", 19)]
    [InlineData("building materials, not of metal", 19)]
    [InlineData("bins of metal", 6)]
    [InlineData("bins, not of metal", 20)]
    public void A_negated_material_does_not_match_the_material(string text, int expected) => Assert.Equal(expected, Classes(text)[0]);

    [Fact]
    public void Negations_are_one_token_in_english()
    {
        // stemmed: "nonmetal" → "nonmet"
        var negated = GoodsAnalysis.Tokens(GoodsAnalysis.EnglishField, "doors, not of metal");
        var plain = GoodsAnalysis.Tokens(GoodsAnalysis.EnglishField, "doors of metal");
        Assert.Equal(2, negated.Length);
        Assert.Empty(negated.Intersect(plain.Where(t => t != "door")));
        Assert.StartsWith("non", negated[1]);
        Assert.Equal(GoodsAnalysis.Tokens(GoodsAnalysis.EnglishField, "coolers, other than electric"), GoodsAnalysis.Tokens(GoodsAnalysis.EnglishField, "coolers, non-electric"));
    }

    [Fact]
    public void A_word_the_list_writes_in_two_parts_is_read_as_its_parts()
    {
        // the 10th edition has "semi-conductors" (9), never "semiconductors"
        Assert.Equal(9, Classes("semiconductors")[0]);
        Assert.Equal(9, Classes("semiconductor devices")[0]);
    }

    [Fact]
    public void English_with_letters_vietnamese_shares_still_gets_classes()
    {
        Assert.Equal(GoodsLanguage.Vietnamese, ClassSuggester.LanguageOf("café services"));
        Assert.Equal(43, Classes("café services")[0]);
    }

    [Theory]
    [InlineData("providing information about beauty")]
    [InlineData("rental of construction equipment")]
    public void An_english_service_act_keeps_goods_classes_out(string text) => Assert.All(Classes(text), c => Assert.True(c >= 35, $"{c} is a goods class"));

    [Theory]
    [InlineData("cà phê rang xay", 30)]
    [InlineData("ca phe rang xay", 30)]
    [InlineData("Bàn; ghế; giường; tủ", 20)]
    [InlineData("dịch vụ nhà hàng; quán cà phê", 43)]
    [InlineData("Mua bán linh kiện điện tử.", 35)]
    [InlineData("Kinh doanh bất động sản", 36)]
    [InlineData("Sửa chữa ô tô, xe máy", 37)]
    public void Vietnamese_goods_and_filing_patterns_get_their_class_first(string text, int expected) => Assert.Equal(expected, Classes(text)[0]);

    [Fact]
    public void Trade_in_goods_suggests_35_then_the_goods_class()
    {
        var classes = Classes("Mua bán: giường, tủ, bàn, ghế, đồ dùng nội thất");
        Assert.Equal(35, classes[0]);
        Assert.Contains(20, classes);
    }

    [Fact]
    public void Each_suggestion_names_the_terms_that_support_it()
    {
        var first = Suggester.Suggest("roasted coffee beans").First();
        Assert.Equal(30, first.Class.Number);
        Assert.NotEmpty(first.Terms);
        Assert.All(first.Terms, t => Assert.Equal(30, t.Class.Number));
        Assert.InRange(first.Score, 0.01, 1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001\u0002binary\u0003")]
    [InlineData("这是一个中文句子")]
    public void Empty_binary_or_unknown_text_gives_no_classes(string text) => Assert.Empty(Suggester.Suggest(text));

    [Fact]
    public void A_100_KB_text_is_bounded_not_refused()
    {
        var text = string.Join("; ", Enumerable.Repeat("coffee; tea", 10_000));
        Assert.True(text.Length > 100_000);
        Assert.Equal(30, Classes(text)[0]);
    }

    [Fact]
    public void Classify_goods_prints_one_line_per_input_line_and_exits_0()
    {
        var stdout = new StringWriter();
        var input = new StringReader("cà phê rang xay\n\n\u0000\u0001\u0002\nretail of furniture\n这是\n");
        var code = CommandLine.Run(["classify", "goods"], input, stdout, new StringWriter());
        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(6, lines.Length); // five answers and the empty string after the last newline
        Assert.StartsWith("30", lines[0]);
        Assert.Matches("^[0-9]+( [0-9]+)*$", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("", lines[2]);
        Assert.StartsWith("35", lines[3]);
        Assert.Equal("", lines[4]);
    }

    [Fact]
    public void Eval_goods_prints_the_method_beside_the_baseline()
    {
        var path = Path.Combine(Path.GetTempPath(), "se-goods-" + Guid.NewGuid().ToString("N") + ".tsv");
        File.WriteAllLines(path, ["30\tcoffee; tea", "25\tshirts, trousers", "35\tMua bán quần áo"]);
        try
        {
            var stdout = new StringWriter();
            var code = CommandLine.Run(["eval", "goods", "--texts", path], new StringReader(""), stdout, new StringWriter());
            Assert.Equal(0, code);
            Assert.Contains("tfidf-baseline", stdout.ToString());
            Assert.Matches(@"suggester\s+all\s+3\s+1\.000", stdout.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
