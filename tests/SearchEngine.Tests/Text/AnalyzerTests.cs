using SearchEngine.Text;
using SearchEngine.Text.Analysis;

namespace SearchEngine.Tests.Text;

public class AnalyzerTests
{
    [Fact]
    public void Full_text_emits_syllables_and_compounds_at_the_first_syllable_position()
    {
        var tokens = Analyze.Tokens(new VietnameseFullTextAnalyzer(), "bảo hộ nhãn hiệu");
        Assert.Equal(["bao", "bao_ho", "ho", "nhan", "nhan_hieu", "hieu"], tokens.Select(t => t.Term));
        Assert.Equal([1, 0, 1, 1, 0, 1], tokens.Select(t => t.PositionIncrement));
        Assert.Equal(TermTypes.Compound, tokens[1].Type);
        Assert.Equal((0, 6), (tokens[1].Start, tokens[1].End));
    }

    [Fact]
    public void Full_text_drops_stop_words_in_accented_form_only()
    {
        var terms = Analyze.Terms(new VietnameseFullTextAnalyzer(), "cánh cửa của ngôi nhà");
        Assert.Contains("cua", terms); // cửa (door) stays
        Assert.Single(terms, t => t == "cua"); // của (of) goes
    }

    [Fact]
    public void Accent_aware_variant_keeps_marks()
    {
        var terms = Analyze.Terms(new VietnameseFullTextAnalyzer(keepAccents: true), "Hà Nội");
        Assert.Contains("hà", terms);
        Assert.DoesNotContain("ha", terms);
    }

    [Fact]
    public void Full_text_analyzer_reused_after_a_huge_value_gives_what_a_fresh_one_gives()
    {
        // The tokenizer keeps its buffers from value to value and drops them after a huge one; neither may leak
        // terms, offsets or joins from one value into the next.
        const string small = "Cánh cửa của ngôi nhà, sở hữu trí tuệ (Vina-Milk) 2.000 đồng.";
        var huge = string.Concat(Enumerable.Repeat("bảo hộ nhãn hiệu tại Việt Nam ", 12_000));
        var reused = new VietnameseFullTextAnalyzer();
        var expectedHuge = Analyze.Tokens(new VietnameseFullTextAnalyzer(), huge);
        var expectedSmall = Analyze.Tokens(new VietnameseFullTextAnalyzer(), small);

        Assert.Equal(expectedSmall, Analyze.Tokens(reused, small));
        Assert.Equal(expectedHuge, Analyze.Tokens(reused, huge));
        Assert.Equal(expectedSmall, Analyze.Tokens(reused, small));
        Assert.Equal(expectedHuge, Analyze.Tokens(reused, huge));
        Assert.Empty(Analyze.Tokens(reused, ""));
        Assert.Equal(expectedSmall, Analyze.Tokens(reused, small));
    }

    [Fact]
    public void Mark_forms()
    {
        Assert.Equal(["vina", "milk"], Analyze.Terms(new MarkTextAnalyzer(MarkTextForm.Folded), "VINAMILK"));
        Assert.Equal(["trung", "nguyen"], Analyze.Terms(new MarkTextAnalyzer(MarkTextForm.Folded), "TRUNGNGUYEN"));
        Assert.Equal(["bitis"], Analyze.Terms(new MarkTextAnalyzer(MarkTextForm.Folded), "Biti's"));
        Assert.Equal(["vinamilk"], Analyze.Terms(new MarkTextAnalyzer(MarkTextForm.Compact), "Vina-Milk"));
        Assert.Equal(["hòa", "bình"], Analyze.Terms(new MarkTextAnalyzer(MarkTextForm.Normalized), "HOÀ BÌNH"));
    }

    [Theory]
    [InlineData("vinamilk", "vina milk")]
    [InlineData("TRUNGNGUYEN", "trung nguyen")]
    [InlineData("hoabinh", "hoa binh")]
    public void Compact_splitter_splits_unambiguous_strings(string input, string expected) =>
        Assert.Equal(expected, CompactSplitter.Default.SplitToText(input));

    [Theory]
    [InlineData("milk")]
    [InlineData("nguyen")]
    [InlineData("xyzq")]
    public void Compact_splitter_leaves_single_pieces_and_unknowns_whole(string input) =>
        Assert.Null(CompactSplitter.Default.Split(input));
}
