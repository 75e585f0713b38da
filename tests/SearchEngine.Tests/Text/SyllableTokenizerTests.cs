using SearchEngine.Text;

namespace SearchEngine.Tests.Text;

public class SyllableTokenizerTests
{
    [Theory]
    [InlineData("Hà Nội, ngày 30/11/2023.", "Hà|Nội|,|ngày|30/11/2023|.")]
    [InlineData("giá 2.000 đồng (tăng 95%)", "giá|2.000|đồng|(|tăng|95%|)")]
    [InlineData("TP. HCM và TP.HCM", "TP.|HCM|và|TP.HCM")]
    [InlineData("Vina-Milk, Biti's!", "Vina-Milk|,|Biti's|!")]
    [InlineData("ông H. Nguyễn...", "ông|H.|Nguyễn|...")]
    [InlineData("\"Coi bộ\" - nhỏ", "\"|Coi|bộ|\"|-|nhỏ")]
    [InlineData("www.noip.gov.vn", "www.noip.gov.vn")]
    [InlineData("kết thúc.", "kết|thúc|.")]
    public void Follows_the_treebank_conventions(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', SyllableTokenizer.Tokenize(text).Select(t => t.Text)));

    [Fact]
    public void Offsets_point_into_the_raw_input()
    {
        const string text = "  Hoa\u0300 Bi\u0300nh!";
        foreach (var t in SyllableTokenizer.Tokenize(text)) Assert.Equal(t.Text, text[t.Start..t.End]);
        Assert.Equal(["hòa", "bình", "!"], SyllableTokenizer.Tokenize(text).Select(t => TextNormalizer.Normalize(t.Text)));
    }
}
