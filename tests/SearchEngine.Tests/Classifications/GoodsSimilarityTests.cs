using SearchEngine.Classifications.Nice;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Classifications;

public sealed class GoodsSimilarityTests
{
    private static GoodsGrade Grade(string a, int? ca, string b, int? cb) =>
        GoodsSimilarity.Compare(a, ca is { } x ? new NiceClass(x) : null, b, cb is { } y ? new NiceClass(y) : null).Grade;

    [Theory]
    [InlineData("cà phê", 30, "Cà Phê", 30)]
    [InlineData("coffee; tea", 30, "tea", 30)]
    [InlineData("shirts", 25, "Shirts.", 25)]
    public void Identical_goods(string a, int ca, string b, int cb) => Assert.Equal(GoodsGrade.Identical, Grade(a, ca, b, cb));

    [Fact]
    public void The_same_Nice_entry_in_English_and_Vietnamese_is_the_same_basic_number() =>
        Assert.Equal(GoodsGrade.SameBasicNumber, Grade("coffee", 30, "cà phê", 30));

    [Theory]
    [InlineData("cà phê rang xay", 30, "cà phê", 30)]
    [InlineData("clothing", 25, "shirts", 25)]
    [InlineData("quần áo", 25, "áo sơ mi", 25)]
    [InlineData("computer software", 9, "computer software for accounting", 9)]
    public void One_inside_the_other(string a, int ca, string b, int cb) => Assert.Equal(GoodsGrade.Inside, Grade(a, ca, b, cb));

    [Theory]
    [InlineData("bánh quy", 30, "kẹo", 30)]
    [InlineData("biscuits", 30, "chocolate", 30)]
    public void Similar_goods_share_the_class(string a, int ca, string b, int cb) => Assert.Equal(GoodsGrade.SameClass, Grade(a, ca, b, cb));

    [Theory]
    [InlineData("cà phê", 30, "dịch vụ quán cà phê", 43)]
    [InlineData("coffee", 30, "café services", 43)]
    [InlineData("computer software", 9, "software as a service [SaaS]", 42)]
    public void Complementary_goods_and_services_are_related(string a, int ca, string b, int cb) => Assert.Equal(GoodsGrade.RelatedClass, Grade(a, ca, b, cb));

    [Theory]
    [InlineData("xe máy", 12, "cà phê", 30)]
    [InlineData("computer software", 9, "shoes", 25)]
    [InlineData("coffee", 30, "coffee machines, electric", 7)]
    public void Dissimilar_goods(string a, int ca, string b, int cb) => Assert.Equal(GoodsGrade.Dissimilar, Grade(a, ca, b, cb));

    [Fact]
    public void Without_a_class_the_suggester_places_each_item() =>
        Assert.Equal(GoodsGrade.SameClass, Grade("trà xanh", null, "cà phê hòa tan", null));

    [Fact]
    public void Scores_follow_the_grades()
    {
        var grades = Enum.GetValues<GoodsGrade>();
        for (var i = 1; i < grades.Length; i++) Assert.True(GoodsSimilarity.ScoreOf(grades[i]) > GoodsSimilarity.ScoreOf(grades[i - 1]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u0000\u0001")]
    public void Empty_or_binary_goods_compare_as_dissimilar(string text) => Assert.Equal(GoodsGrade.Dissimilar, Grade(text, 30, "cà phê", 30));
}

public sealed class GoodsInConflictSearchTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "se-goods-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Goods_order_equal_marks_and_give_their_reason()
    {
        using (var register = TrademarkRegister.Open(new SearchEngine.Indexing.IndexLayout(_root), writable: true))
        {
            var report = register.Import(new StringReader(
                """
                {"id":"VN-1","mark":"Hoa Sen","classes":[30],"goods":[{"class":30,"text":"cà phê; chè"}]}
                {"id":"VN-2","mark":"Hoa Sen","classes":[12],"goods":[{"class":12,"text":"xe máy; ô tô"}]}
                {"id":"VN-3","mark":"Hoa Sen","classes":[25],"goodsServices":"quần áo"}
                """), TrademarkFileFormat.JsonLines);
            Assert.Equal(3, report.Imported);
            var hits = register.Search(new ConflictQuery { Mark = "Hoa Sen", GoodsServices = "cà phê rang xay" }).Hits;
            Assert.Equal("VN-1", hits[0].Number);
            Assert.Contains("goods:\"cà phê rang xay\" ~ \"cà phê\"", hits[0].Reasons);
            Assert.True(hits[0].Score > hits.Single(h => h.Number == "VN-2").Score);
            Assert.Equal([new GoodsStatement(new NiceClass(30), "cà phê; chè")], register.Get("VN-1")!.Goods);
            var names = TrademarkFeatures.Names;
            Assert.Equal(1f, hits[0].Features[names.ToList().IndexOf("goods_inside")]);

            var shirts = register.Search(new ConflictQuery { Mark = "Hoa Sen", Goods = [new GoodsStatement(new NiceClass(25), "shirts")] }).Hits;
            Assert.Equal("VN-3", shirts[0].Number);
            Assert.Contains("goods:\"shirts\" ~ \"quần áo\"", shirts[0].Reasons);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
