using SearchEngine.Phonetics;
using SearchEngine.Text;

namespace SearchEngine.Tests.Phonetics;

public class VietnameseSyllableParserTests
{
    [Theory]
    [InlineData("hoàng", "h|w|a|ng", Tone.Grave)]
    [InlineData("nghiêng", "ng||iê|ng", Tone.Level)]
    [InlineData("quốc", "c|w|ô|c", Tone.Acute)]
    [InlineData("quý", "c|w|i|", Tone.Acute)]
    [InlineData("khuya", "kh|w|iê|", Tone.Level)]
    [InlineData("khuỷu", "kh|w|i|u", Tone.Hook)]
    [InlineData("giếng", "gi||iê|ng", Tone.Acute)]
    [InlineData("gì", "gi||i|", Tone.Grave)]
    [InlineData("gìn", "gi||i|n", Tone.Grave)]
    [InlineData("giữa", "gi||ươ|", Tone.Tilde)]
    [InlineData("người", "ng||ươ|i", Tone.Grave)]
    [InlineData("rượu", "r||ươ|u", Tone.Dot)]
    [InlineData("tay", "t||ă|i", Tone.Level)]
    [InlineData("tai", "t||a|i", Tone.Level)]
    [InlineData("sau", "s||ă|u", Tone.Level)]
    [InlineData("sao", "s||a|u", Tone.Level)]
    [InlineData("mua", "m||uô|", Tone.Level)]
    [InlineData("qua", "c|w|a|", Tone.Level)]
    [InlineData("boong", "b||oo|ng", Tone.Level)]
    [InlineData("yêu", "||iê|u", Tone.Level)]
    [InlineData("uyên", "|w|iê|n", Tone.Level)]
    [InlineData("ảnh", "||a|nh", Tone.Hook)]
    [InlineData("Đặng", "đ||ă|ng", Tone.Dot)]
    [InlineData("thuở", "th||uô|", Tone.Hook)]
    [InlineData("quơ", "c|w|ơ|", Tone.Level)]
    public void Splits_onset_medial_nucleus_coda_and_tone(string written, string slots, Tone tone)
    {
        var s = VietnameseSyllableParser.Parse(written);
        Assert.NotNull(s);
        Assert.Equal(slots, s.ToString());
        Assert.Equal(tone, s.Tone);
    }

    [Fact]
    public void Decomposed_precomposed_and_mixed_input_read_alike()
    {
        var nfc = VietnameseSyllableParser.Parse("Nguyễn");
        var nfd = VietnameseSyllableParser.Parse("Nguye\u0302\u0303n");          // e + circumflex + tilde
        var mixed = VietnameseSyllableParser.Parse("Nguy\u00EA\u0303n");          // ê + combining tilde
        var toneFirst = VietnameseSyllableParser.Parse("NGUYE\u0303\u0302N");     // tilde before circumflex
        Assert.NotNull(nfc);
        Assert.Equal(nfc, nfd);
        Assert.Equal(nfc, mixed);
        Assert.Equal(nfc, toneFirst);
        Assert.Equal(Tone.Tilde, nfc.Tone);
    }

    [Fact]
    public void Unaccented_input_is_read_as_written()
    {
        var s = VietnameseSyllableParser.Parse("nam");
        Assert.NotNull(s);
        Assert.Equal("n||a|m", s.ToString());
        Assert.Equal(Tone.Level, s.Tone);
    }

    [Theory]
    [InlineData("")]
    [InlineData("str")]             // consonant cluster
    [InlineData("hello")]           // ll is no final
    [InlineData("fan")]             // f is not a Vietnamese letter
    [InlineData("zoo")]
    [InlineData("ăn1")]             // digit
    [InlineData("ăo")]              // no such rhyme
    [InlineData("âo")]              // no such rhyme
    [InlineData("iêt\u0300\u0301")] // two tones
    [InlineData("\u0301a")]         // mark with no letter under it
    [InlineData("nghiêngg")]        // too long / bad final
    [InlineData("tiếng việt")]     // two syllables
    [InlineData("Москва")]         // another script
    [InlineData("😀")]
    public void Rejects_what_is_not_one_syllable(string text)
    {
        Assert.Null(VietnameseSyllableParser.Parse(text));
    }

    [Theory]
    [InlineData("ke", true)]
    [InlineData("ce", false)]
    [InlineData("ghe", true)]
    [InlineData("ge", false)]
    [InlineData("nghe", true)]
    [InlineData("ngi", false)]
    [InlineData("cá", true)]
    [InlineData("ká", false)]
    [InlineData("hàt", false)]   // checked syllables take only the acute or dot tone
    [InlineData("tiac", false)]  // ia is the open spelling of iê
    [InlineData("king", false)]  // loanword -ing, read like -inh
    [InlineData("â", false)]     // a letter name
    [InlineData("tiê", false)]
    public void Flags_spellings_that_break_the_rules(string text, bool standard)
    {
        var s = VietnameseSyllableParser.Parse(text);
        Assert.NotNull(s);
        Assert.Equal(standard, s.StandardSpelling);
    }

    [Fact]
    public void Long_input_is_rejected_quickly()
    {
        Assert.Null(VietnameseSyllableParser.Parse(new string('a', 10_000)));
    }
}
