using SearchEngine.Phonetics;

namespace SearchEngine.Tests.Phonetics;

public class PhoneticEncoderTests
{
    [Theory]
    [InlineData("Giàu", TokenSound.Vietnamese)]
    [InlineData("đẹp", TokenSound.Vietnamese)]
    [InlineData("Nam", TokenSound.Ambiguous)]
    [InlineData("Long", TokenSound.Ambiguous)]
    [InlineData("Sun", TokenSound.Ambiguous)]
    [InlineData("Pharmacity", TokenSound.Foreign)]
    [InlineData("Coca-Cola", TokenSound.Foreign)]
    [InlineData("2024", TokenSound.None)]
    [InlineData("Москва", TokenSound.None)]
    [InlineData("", TokenSound.None)]
    public void Chooses_encoders_per_token(string token, TokenSound expected) => Assert.Equal(expected, PhoneticEncoder.Classify(token));

    [Fact]
    public void Ambiguous_tokens_get_both_kinds_of_key()
    {
        var keys = PhoneticEncoder.MarkKeys("Long");
        Assert.Contains("n_lɔŋ", keys);   // Vietnamese long
        Assert.Contains("LNK", keys);     // English long
    }

    [Fact]
    public void Vietnamese_tokens_get_only_vietnamese_keys()
    {
        var keys = PhoneticEncoder.MarkKeys("Hương");
        Assert.All(keys, k => Assert.Contains('_', k));
    }

    [Fact]
    public void Foreign_tokens_get_metaphone_codes()
    {
        Assert.Equal(["FRMS"], PhoneticEncoder.MarkKeys("Pharmacity"));
        Assert.Equal(["XMT", "SMT"], PhoneticEncoder.MetaphoneCodes("Schmidt"));
    }

    [Fact]
    public void Unaccented_syllables_also_get_the_keys_of_their_readings()
    {
        var keys = PhoneticEncoder.VietnameseReadingKeys("nam");
        Assert.Contains(PhoneticEncoder.VietnameseKeys("nam")[0], keys);
        Assert.Contains(PhoneticEncoder.VietnameseKeys("năm")[0], keys);
        Assert.Contains(PhoneticEncoder.VietnameseKeys("nâm")[0], keys);
        // As written, "nam" is only nam.
        Assert.DoesNotContain(PhoneticEncoder.VietnameseKeys("năm")[0], PhoneticEncoder.VietnameseKeys("nam"));
    }

    [Fact]
    public void Readings_are_only_real_syllables()
    {
        var readings = VietnameseReadings.Of("duong").Select(r => r.ToString()).ToList();
        Assert.Contains("d||ươ|ng", readings);  // dương
        Assert.Contains("đ||ươ|ng", readings);  // đường
        Assert.Contains("d||uô|ng", readings);  // duông
        Assert.DoesNotContain("d||ưô|ng", readings);
        Assert.Single(VietnameseReadings.Of("tiep")); // only tiêp
        Assert.Empty(VietnameseReadings.Of("hello"));
    }

    [Fact]
    public void Accented_tokens_are_read_only_as_written()
    {
        Assert.Single(VietnameseReadings.Of("năm"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("😀😀")]
    [InlineData("a1b2")]
    public void Bad_tokens_get_no_keys(string token)
    {
        Assert.Empty(PhoneticEncoder.VietnameseKeys(token));
        Assert.Empty(PhoneticEncoder.MetaphoneCodes(token));
        Assert.Empty(PhoneticEncoder.MarkKeys(token));
    }
}
