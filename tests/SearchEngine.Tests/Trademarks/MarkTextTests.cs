using SearchEngine.Classifications.Nice;
using SearchEngine.Trademarks.Comparison;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

public sealed class MarkTextTests
{
    [Fact]
    public void Builds_every_form_of_a_vietnamese_mark()
    {
        var t = MarkText.Parse("TRUNG NGUYÊN  Cà-Phê!");
        Assert.Equal("trung nguyên cà phê", t.Normalized);
        Assert.Equal("trung nguyen ca phe", t.Folded);
        Assert.Equal("trungnguyencaphe", t.Compact);
        Assert.Equal(["trung", "nguyen", "ca", "phe"], t.Tokens);
    }

    [Fact]
    public void Folds_decomposed_input_and_dd_like_precomposed()
    {
        var decomposed = MarkText.Parse("Đe\u0302\u0300n Nguye\u0302\u0303n"); // combining circumflex + grave / tilde
        Assert.Equal("den nguyen", decomposed.Folded);
        Assert.Equal(MarkText.Parse("Đền Nguyễn").Compact, decomposed.Compact);
    }

    [Fact]
    public void Splits_camel_case_into_parts_and_keeps_apostrophes_inside_words()
    {
        var t = MarkText.Parse("OpenStreetMap McDonald's");
        Assert.Equal(["openstreetmap", "mcdonalds"], t.Tokens);
        Assert.Equal(["open", "street", "map", "mc", "donalds"], t.Parts);
    }

    [Fact]
    public void Generic_and_disclaimed_words_are_discounted_but_not_toned_look_alikes()
    {
        var mark = MarkText.Parse("Cà Phê Minh Mẫn Group");
        Assert.Equal([true, true, false, false, true], GenericWords.DiscountedTokens(mark, []));
        Assert.Equal([false, false, false], GenericWords.DiscountedTokens(MarkText.Parse("Cá Phễ Ngon"), []));
        Assert.Equal([true, true, false], GenericWords.DiscountedTokens(MarkText.Parse("CA PHE NGON"), []));
        Assert.Equal([false, false, true, true], GenericWords.DiscountedTokens(MarkText.Parse("Ba Vì Sữa Tươi"), [MarkText.Parse("Sữa Tươi")]));
        Assert.Equal([false, false], GenericWords.DiscountedTokens(MarkText.Parse("Cà Phê"), []));
    }

    [Theory]
    [InlineData("eclipse", "eclipes", 1)]
    [InlineData("slashdot", "sllashdot", 1)]
    [InlineData("chuyen", "hcuyen", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Damerau_counts_an_adjacent_swap_as_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, StringDistance.Damerau(a, b));

    [Fact]
    public void Jaro_winkler_matches_the_textbook_values()
    {
        Assert.Equal(0.961, StringDistance.JaroWinkler("martha", "marhta"), 3);
        Assert.Equal(0.840, StringDistance.JaroWinkler("dwayne", "duane"), 3);
        Assert.Equal(1.0, StringDistance.JaroWinkler("abc", "abc"), 3);
        Assert.Equal(0.0, StringDistance.JaroWinkler("abc", "xyz"), 3);
    }

    [Fact]
    public void Related_classes_are_symmetric_and_documented()
    {
        Assert.True(RelatedClasses.AreRelated(new NiceClass(30), new NiceClass(43)));
        Assert.True(RelatedClasses.AreRelated(new NiceClass(43), new NiceClass(30)));
        Assert.False(RelatedClasses.AreRelated(new NiceClass(30), new NiceClass(12)));
        Assert.Contains(new NiceClass(43), RelatedClasses.Expand([new NiceClass(30)]));
        Assert.All(RelatedClasses.Groups, g => Assert.False(string.IsNullOrWhiteSpace(g.Why)));
    }

    [Fact]
    public void Feature_names_and_version_are_stable_and_unique()
    {
        Assert.Equal(TrademarkFeatures.Names.Count, TrademarkFeatures.Names.Distinct().Count());
        Assert.StartsWith("trademarks-features-", TrademarkFeatures.Version);
    }

    [Fact]
    public void A_stored_profile_reads_back_the_same()
    {
        var original = new MarkProfile(MarkText.Parse("Cà Phê TRUNG NGUYÊN Legend"), ["Cà Phê"]);
        var copy = MarkProfile.Deserialize(original.Serialize());
        Assert.Equal(original.Text.Display, copy.Text.Display);
        Assert.Equal(original.Text.Tokens, copy.Text.Tokens);
        Assert.Equal(original.Text.NormalizedTokens, copy.Text.NormalizedTokens);
        Assert.Equal(original.Text.Parts, copy.Text.Parts);
        Assert.Equal(original.Discounted, copy.Discounted);
        Assert.Equal(original.CoreCompact, copy.CoreCompact);
        Assert.Equal(original.VietnameseKeys, copy.VietnameseKeys);
        Assert.Equal(original.MetaphoneCodes, copy.MetaphoneCodes);
        Assert.Equal(original.WordKeys, copy.WordKeys);
        Assert.Equal(["cà phê"], copy.DisclaimedTexts.Select(d => d.Normalized));
        Assert.NotEmpty(copy.VietnameseKeys[2]);
        Assert.Throws<FormatException>(() => MarkProfile.Deserialize("not a profile"));
    }
}
