using System.Text;
using SearchEngine.Text;
using SearchEngine.Text.Analysis;

namespace SearchEngine.Tests.Text;

/// <summary>Hostile input: nothing throws, nothing is lost that matters, and big inputs go through.</summary>
public class BadInputTests
{
    public static TheoryData<string> Hostile => new()
    {
        "",
        " ",
        "\u0000\u0001\u0007\u001B\u007F",
        "ab\u0000cd",
        "\uD800",
        "x\uDC00y\uD800",
        "\u0301\u0303 \u0323a",
        "\u0300",
        "\uFEFF\u200B\u200D",
        "😀 Hà Nội 😀",
        "....,,,;;;---",
        "a'b'c'",
        "'''",
        "\u0110\u0300\u0300\u0300",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Every_entry_point_survives(string text)
    {
        _ = TextNormalizer.Normalize(text);
        _ = TextNormalizer.Fold(text);
        _ = TextNormalizer.Compact(text);
        _ = SyllableTokenizer.Tokenize(text);
        _ = WordSegmenter.Default.SegmentLine(text);
        _ = CompactSplitter.Default.Split(text);
        _ = Analyze.Terms(new VietnameseFullTextAnalyzer(), text);
        foreach (var form in Enum.GetValues<MarkTextForm>()) _ = Analyze.Terms(new MarkTextAnalyzer(form), text);
    }

    [Fact]
    public void Lone_surrogates_and_controls_never_reach_the_output()
    {
        var normalized = TextNormalizer.Normalize("Hà\uD800Nội\u0001x");
        Assert.DoesNotContain(normalized, char.IsSurrogate);
        Assert.DoesNotContain(normalized, c => char.IsControl(c));
        Assert.Equal(["hà", "nội", "x"], SyllableTokenizer.Tokenize("Hà\uD800Nội\u0001x").Select(t => TextNormalizer.Normalize(t.Text)));
    }

    [Fact]
    public void Marks_with_no_base_are_dropped()
    {
        Assert.Equal(" a", TextNormalizer.Normalize("\u0301\u0303 a"));
        Assert.Empty(SyllableTokenizer.Tokenize("\u0301\u0303"));
    }

    [Fact]
    public void Null_is_empty() => Assert.Equal("", TextNormalizer.Normalize(null!));

    [Fact]
    public void A_megabyte_of_text_goes_through_every_path()
    {
        var sentence = "Sáng chế đề cập đến hợp chất hoá học, quy trình điều chế và ứng dụng của nó trong y tế. ";
        var text = new StringBuilder();
        while (text.Length < 1 << 20) text.Append(sentence);
        var big = text.ToString();
        var terms = Analyze.Terms(new VietnameseFullTextAnalyzer(), big);
        Assert.True(terms.Count > 100_000);
        Assert.Equal(big.Length, TextNormalizer.Normalize(big).Length);

        // One megabyte without a single space or mark boundary: one giant letter run, one token.
        var run = new string('a', 1 << 20);
        Assert.Single(SyllableTokenizer.Tokenize(run));
        Assert.Equal(run, TextNormalizer.Fold(run));
        Assert.Single(Analyze.Terms(new MarkTextAnalyzer(MarkTextForm.Compact), run));

        // A megabyte of combining marks on one base letter.
        var marks = "a" + new string('\u0301', 1 << 20);
        Assert.Equal("á", TextNormalizer.Normalize(marks));
    }
}
