using SearchEngine.Trademarks.Comparison;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

public class MarkHighlightTests
{
    private static List<string> Matched(string query, string mark) =>
        [.. new MarkHighlight(query).MatchedRanges(mark).Distinct().OrderBy(r => r.Start).Select(r => mark.Substring(r.Start, r.Length))];

    [Fact]
    public void Words_match_across_case_tones_and_spacing()
    {
        Assert.Equal(["Trung", "Nguyên"], Matched("TRUNG NGUYEN", "Trung Nguyên"));
        Assert.Equal(["NGUYEN"], Matched("nguyên", "TRUNGNGUYEN"));
        Assert.Equal(["Tiếp", "Ngon"], Matched("TIEPNGON", "Tiếp Ngon"));
    }

    [Fact]
    public void A_decomposed_mark_is_highlighted_whole_words_with_their_marks()
    {
        const string nfd = "Trung Nguye\u0302\u0301n"; // "Trung Nguyến" with the marks as separate characters

        Assert.Equal(["Trung", "Nguye\u0302\u0301n"], Matched("trung nguyen", nfd));
    }

    [Fact]
    public void A_word_one_letter_away_is_highlighted_and_an_unrelated_one_is_not()
    {
        Assert.Equal(["Vinamilc"], Matched("vinamilk", "Vinamilc Gold"));
        Assert.Empty(Matched("sao mai", "Hoa Sen"));
    }
}
