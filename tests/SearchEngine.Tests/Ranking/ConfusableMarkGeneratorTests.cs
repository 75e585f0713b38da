using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class ConfusableMarkGeneratorTests
{
    private static readonly RegisterMark[] Register =
    [
        new("VN-1", "Tác Động", [9]),
        new("VN-2", "TAC DONG", [35]),
        new("VN-3", "Trung Nguyên Legend", [30, 43]),
        new("VN-4", "Phở Hà Nội", [43]),
        new("VN-5", "Vinamilk", [29]),
        new("VN-6", "Sài Gòn Xanh", [32]),
        new("VN-7", "Ok", [1]),
    ];

    [Fact]
    public void Stripping_diacritics_keeps_letters_and_case()
    {
        Assert.Equal("Tac Dong", new ConfusableMarkGenerator(1).Alter("Tác Động", "strip_diacritics"));
        Assert.Equal("Vinamilk", new ConfusableMarkGenerator(1).Alter("Vinamilk", "strip_diacritics"));
    }

    [Fact]
    public void A_hook_tone_becomes_a_tilde()
    {
        Assert.Equal("Phỡ", new ConfusableMarkGenerator(1).Alter("Phở", "tone"));
    }

    [Fact]
    public void Dialect_swaps_change_only_an_onset_or_a_coda()
    {
        var g = new ConfusableMarkGenerator(3);
        Assert.Equal("Trung Nguyên Legend", g.Alter("Trung Nguyên Legend", "dialect_onset")!.Replace("Ch", "Tr", StringComparison.Ordinal));
        Assert.Contains(g.Alter("Sài Gòn", "dialect_coda"), new[] { "Sài Gòng", "Sài Gònh" });
    }

    [Theory]
    [InlineData("typo")]
    [InlineData("transpose")]
    [InlineData("vowel")]
    [InlineData("en_phonetic")]
    [InlineData("spacing")]
    public void Small_edits_leave_the_mark_close(string mechanism)
    {
        var altered = new ConfusableMarkGenerator(5).Alter("Trung Nguyên Legend", mechanism);
        Assert.NotNull(altered);
        Assert.NotEqual("Trung Nguyên Legend", altered);
        Assert.InRange(altered.Length, "Trung Nguyên Legend".Length - 1, "Trung Nguyên Legend".Length + 1);
    }

    [Fact]
    public void Dropping_a_word_needs_two_words()
    {
        var g = new ConfusableMarkGenerator(2);
        Assert.Null(g.Alter("Vinamilk", "drop_word"));
        Assert.Equal(2, g.Alter("Phở Hà Nội", "drop_word")!.Split(' ').Length);
    }

    [Fact]
    public void Generated_queries_cycle_through_every_mechanism_and_list_same_spelt_marks()
    {
        var queries = new ConfusableMarkGenerator(11).Generate(Register, 48);

        Assert.Equal(48, queries.Count);
        Assert.Equal(ConfusableMarkGenerator.Mechanisms.Order(), queries.Select(q => q.Mechanism).Distinct().Order());
        Assert.All(queries, q => Assert.NotEqual(q.Source, q.Mark));
        Assert.DoesNotContain(queries, q => q.Source == "Ok");
        var tacDong = queries.Where(q => q.Source is "Tác Động" or "TAC DONG").ToList();
        Assert.All(tacDong, q => Assert.Equal(["VN-1", "VN-2"], q.Relevant.Order()));
        Assert.All(queries.Except(tacDong), q => Assert.Single(q.Relevant));
    }

    [Fact]
    public void The_same_seed_gives_the_same_queries()
    {
        Assert.Equal(new ConfusableMarkGenerator(4).Generate(Register, 30).Select(q => q.Mark), new ConfusableMarkGenerator(4).Generate(Register, 30).Select(q => q.Mark));
    }
}
