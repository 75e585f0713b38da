using System.Text;
using Lucene.Net.Analysis;
using SearchEngine.Text.Analysis;

namespace SearchEngine.Tests.Text;

/// <summary>
/// The equivalence table of issue 2: real spellings that must give the same terms, and near-misses that must not.
/// NFD forms are built with string.Normalize here, in the (non-invariant) test process, to feed the analyzers
/// decomposed input; the analyzers themselves never call it.
/// </summary>
public class EquivalenceTableTests
{
    private static readonly Analyzer Accented = new MarkTextAnalyzer(MarkTextForm.Normalized);
    private static readonly Analyzer Folded = new MarkTextAnalyzer(MarkTextForm.Folded);
    private static readonly Analyzer FullText = new VietnameseFullTextAnalyzer();
    private static readonly Analyzer FullTextAccented = new VietnameseFullTextAnalyzer(keepAccents: true);

    private static string Nfd(string s) => s.Normalize(NormalizationForm.FormD);

    public static TheoryData<string, string, string> SameInAccentAwareField => new()
    {
        { "Hòa Bình", "Hoà Bình", "old and new tone placement" },
        { "Hòa Bình", "HOÀ BÌNH", "capitals" },
        { "Hòa Bình", Nfd("Hoà Bình"), "NFD" },
        { "Thủy", "Thuỷ", "uy placement" },
        { "Khỏe", "Khoẻ", "oe placement" },
        { "Thúy", "Thuý", "uy placement, acute" },
        { "Quý", "QUÝ", "qu onset" },
        { "Quý", "Qúy", "tone on the onset u" },
        { "Việt", "Vịêt", "misplaced dot below" },
        { "Nguyễn", "Nguye\u0303\u0302n", "NFD with the tone before the circumflex" },
        { "Nguyễn", Nfd("Nguyễn"), "NFD" },
        { "Đà Nẵng", "ÐÀ NẴNG", "Icelandic Eth look-alike" },
        { "Phở Hà Nội", Nfd("PHỞ HÀ NỘI"), "NFD capitals" },
        { "Tùy", "Tuỳ", "uy placement, grave" },
        { "Hóa chất", "Hoá chất", "oa placement" },
        { "Xóa", "XOÁ", "oa placement, capitals" },
        { "Cộng hòa", "CỘNG HOÀ", "the IP Law's two spellings" },
        { "Sở hữu trí tuệ", "SỞ HỮU TRÍ TUỆ", "capitals" },
        { "Hà Nội", "Hà\u00A0Nội", "no-break space" },
        { "Vinamilk", "ＶＩＮＡＭＩＬＫ", "full-width letters" },
        { "Biti's", "Biti’s", "curly apostrophe" },
        { "Giữa", "Gĩưa", "tone on the onset i" },
        { "Thuở", "Thủơ", "tone on the wrong vowel" },
        { "Người", "Ngừơi", "tone on ư instead of ơ" },
        { "Khuỷu", "Khủyu", "three-vowel nucleus" },
        { "Quà", "Qùa", "qu + a" },
    };

    public static TheoryData<string, string, string> SameInFoldedField => new()
    {
        { "Hòa Bình", "HOA BINH", "no diacritics" },
        { "Đà Nẵng", "Da Nang", "đ and no diacritics" },
        { "Phở Hà Nội", "PHO HA NOI", "no diacritics, capitals" },
        { "VINAMILK", "Vina Milk", "compact split" },
        { "Vina-Milk", "Vina Milk", "hyphen" },
        { "Biti's", "BITIS", "apostrophe" },
        { "TRUNGNGUYEN", "Trung Nguyên", "compact Vietnamese" },
        { "Cà Phê Trung Nguyên", "ca phe trung nguyen", "lower case, no diacritics" },
        { "Sở hữu trí tuệ", "so huu tri tue", "no diacritics" },
        { "Bánh Mì", "BANH MI", "capitals" },
        { "Hòa Bình", "hoabinh", "compact without marks" },
        { "Phúc Long", "PHUCLONG", "compact capitals" },
        { "Kinh Đô", "KINHDO", "compact with đ" },
        { "Crème Brûlée", "CREME BRULEE", "French accents" },
        { "Ðông Á", "Dong A", "Eth and a lone vowel" },
        { "Thủy Tiên", Nfd("THUỶ TIÊN"), "NFD capitals, new placement" },
    };

    public static TheoryData<string, string, string> SameInFullText => new()
    {
        { "sở hữu trí tuệ", Nfd("sở hữu trí tuệ"), "NFD" },
        { "Hợp chất hóa học", "HỢP CHẤT HOÁ HỌC", "capitals and placement" },
        { "thiết bị điện tử", "thiet bi dien tu", "no diacritics" },
    };

    public static TheoryData<string, string, string> DifferentInAccentAwareField => new()
    {
        { "Bà", "Bá", "grave vs acute" },
        { "Hà", "Hạ", "grave vs dot" },
        { "ăn", "ân", "breve vs circumflex" },
        { "Má", "Mạ", "acute vs dot" },
        { "Cá", "Cà", "acute vs grave" },
        { "Bàn", "Bán", "grave vs acute, closed" },
        { "mua", "múa", "level vs acute" },
        { "Đà", "Da", "đ vs d" },
        { "Thủy", "Thùy", "hook vs grave" },
        { "Nga", "Ngà", "level vs grave" },
        { "Sơn", "Son", "horn vs none" },
        { "Mỹ", "Mĩ", "y vs i" },
        { "Cửa", "Của", "horn vs none" },
        { "Hoà", "Hoa", "grave vs level" },
        { "Hỏi", "Hõi", "hook vs tilde" },
        { "Sữa", "Sửa", "tilde vs hook" },
    };

    public static TheoryData<string, string, string> DifferentInFoldedField => new()
    {
        { "THANHAN", "Thanh An", "ambiguous compact (thanh an / than han) stays whole" },
        { "Hà Nội", "Hải Nội", "different syllable" },
        { "Vinamilk", "Vinamik", "a typo is not an equivalence" },
    };

    [Theory]
    [MemberData(nameof(SameInAccentAwareField))]
    public void Same_terms_in_the_accent_aware_field(string a, string b, string why)
    {
        Assert.Equal(Analyze.Terms(Accented, a), Analyze.Terms(Accented, b));
        Assert.True(Analyze.Terms(Accented, a).Count > 0, why);
        Assert.Equal(Analyze.Terms(Folded, a), Analyze.Terms(Folded, b));
    }

    [Theory]
    [MemberData(nameof(SameInFoldedField))]
    public void Same_terms_in_the_folded_field(string a, string b, string why)
    {
        var ta = Analyze.Terms(Folded, a);
        Assert.True(ta.Count > 0, why);
        Assert.Equal(ta, Analyze.Terms(Folded, b));
    }

    [Theory]
    [MemberData(nameof(SameInFullText))]
    public void Same_terms_in_full_text(string a, string b, string why)
    {
        var ta = Analyze.Terms(FullText, a);
        Assert.True(ta.Count > 0, why);
        Assert.Equal(ta, Analyze.Terms(FullText, b));
    }

    [Theory]
    [MemberData(nameof(DifferentInAccentAwareField))]
    public void Different_terms_in_the_accent_aware_fields(string a, string b, string why)
    {
        Assert.NotEqual(Analyze.Terms(Accented, a), Analyze.Terms(Accented, b));
        Assert.True(Analyze.Terms(FullTextAccented, a).SequenceEqual(Analyze.Terms(FullTextAccented, b)) == false ||
                    Analyze.Terms(FullTextAccented, a).Count == 0, why);
    }

    [Theory]
    [MemberData(nameof(DifferentInFoldedField))]
    public void Different_terms_in_the_folded_field(string a, string b, string why) =>
        Assert.True(!Analyze.Terms(Folded, a).SequenceEqual(Analyze.Terms(Folded, b)), why);

    [Fact]
    public void Stop_word_removal_tells_của_from_cửa()
    {
        Assert.NotEqual(Analyze.Terms(FullText, "cánh của"), Analyze.Terms(FullText, "cánh cửa"));
    }

    [Fact]
    public void The_table_is_big_enough()
    {
        Assert.True(SameInAccentAwareField.Count + SameInFoldedField.Count + SameInFullText.Count >= 40);
        Assert.True(DifferentInAccentAwareField.Count + DifferentInFoldedField.Count >= 15);
    }
}
