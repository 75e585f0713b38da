using SearchEngine.Text;

namespace SearchEngine.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void The_letter_table_holds_the_134_precomposed_vietnamese_letters()
    {
        // 67 lower-case + 67 capitals: a, ă, â, e, ê, i, o, ô, ơ, u, ư, y with five tone marks, ă â ê ô ơ ư bare, and đ.
        Assert.Equal(134, VietnameseLetters.PrecomposedLetterCount);
    }

    [Theory]
    [InlineData("Hòa Bình", "hòa bình")]
    [InlineData("Hoà Bình", "hòa bình")]
    [InlineData("HOÀ BÌNH", "hòa bình")]
    [InlineData("Ho\u0061\u0300 Bi\u0300nh", "hòa bình")] // NFD
    [InlineData("Thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("vịêt", "việt")]
    [InlineData("vie\u0323\u0302t", "việt")] // ệ as e + dot below + circumflex
    [InlineData("quý", "quý")]
    [InlineData("qúy", "quý")]
    [InlineData("gìa", "già")]
    [InlineData("giữa", "giữa")]
    [InlineData("người", "người")]
    [InlineData("ngoài", "ngoài")]
    [InlineData("hoàng", "hoàng")]
    [InlineData("ÐÀ NẴNG", "đà nẵng")] // Icelandic Eth look-alike
    [InlineData("ＨＡ ＮＯＩ", "ha noi")] // full-width
    [InlineData("Biti’s", "biti's")]
    [InlineData("ﬁsh", "fish")]
    [InlineData("Nguyễn", "nguyễn")]
    [InlineData("Nguye\u0302\u0303n", "nguyễn")]
    public void Normalize_gives_one_canonical_form(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("Đà Nẵng", "da nang")]
    [InlineData("Sở hữu trí tuệ", "so huu tri tue")]
    [InlineData("Nguye\u0302\u0303n", "nguyen")]
    [InlineData("Crème Brûlée", "creme brulee")]
    [InlineData("Straße", "strasse")]
    public void Fold_removes_every_mark(string input, string expected) => Assert.Equal(expected, TextNormalizer.Fold(input));

    [Theory]
    [InlineData("Vina-Milk", "vinamilk")]
    [InlineData("Biti's", "bitis")]
    [InlineData("Trung Nguyên", "trungnguyen")]
    public void Compact_keeps_letters_and_digits(string input, string expected) => Assert.Equal(expected, TextNormalizer.Compact(input));
}
