using SearchEngine.Phonetics;

namespace SearchEngine.Tests.Phonetics;

/// <summary>
/// Examples worked out by hand from the rules of Philips' reference, one or more per rule family.
/// </summary>
public class DoubleMetaphoneTests
{
    [Theory]
    // Germanic: SCH before a consonant is X with an S alternate; before -ER/-EN X with SK; Dutch SCH-OO is SK.
    [InlineData("Schmidt", "XMT", "SMT")]
    [InlineData("Schneider", "XNTR", "SNTR")]
    [InlineData("Schenker", "XNKR", "SKNK")]
    [InlineData("School", "SKL", "SKL")]
    // Germanic -ACH- is K; W at the start has an F alternate (Wasserman ~ Vasserman).
    [InlineData("Wachtler", "AKTL", "FKTL")]
    [InlineData("Wasserman", "ASRM", "FSRM")]
    [InlineData("Bacher", "PKR", "PKR")]
    // Slavic: CZ is S/X, -WICZ is TS/FX, a final -OW adds an F alternate.
    [InlineData("Czerny", "SRN", "XRN")]
    [InlineData("Filipowicz", "FLPT", "FLPF")]
    [InlineData("Arnow", "ARN", "ARNF")]
    // Romance: Spanish J and LL, Italian CC/CCI/GGI, French silent endings.
    [InlineData("Jose", "HS", "HS")]
    [InlineData("Bajador", "PJTR", "PHTR")]
    [InlineData("Cabrillo", "KPRL", "KPR")]
    [InlineData("Bertucci", "PRTX", "PRTX")]
    [InlineData("Biaggi", "PJ", "PK")]
    [InlineData("Breaux", "PR", "PR")]
    [InlineData("Rogier", "RJ", "RJR")]
    // Greek: CH- before -HARAC/-HOR/-HEM is K; PH is F; TH is 0 with a T alternate.
    [InlineData("Chemistry", "KMST", "KMST")]
    [InlineData("Chorus", "KRS", "KRS")]
    [InlineData("Philips", "FLPS", "FLPS")]
    [InlineData("Thumb", "0M", "TM")]
    [InlineData("Thomas", "TMS", "TMS")]
    // GH: silent after B/H/D two or three back (Parker's rule), F in laugh/cough, K at the start.
    [InlineData("Bough", "P", "P")]
    [InlineData("Laugh", "LF", "LF")]
    [InlineData("Ghislane", "JLN", "JLN")]
    [InlineData("Hugh", "H", "H")]
    // C before I/E/Y is S (X alternate for the Italian -CIA/-CIO/-CIE), CC before I/E is KS in accident.
    [InlineData("Cicero", "SSR", "SSR")]
    [InlineData("Cyrus", "SRS", "SRS")]
    [InlineData("Accident", "AKST", "AKST")]
    [InlineData("Focaccia", "FKX", "FKX")]
    [InlineData("Caesar", "SSR", "SSR")]
    // -MB at the end: the B is silent; initial silent letters; initial X is S.
    [InlineData("Dumb", "TM", "TM")]
    [InlineData("Campbell", "KMPL", "KMPL")]
    [InlineData("Knight", "NT", "NT")]
    [InlineData("Xavier", "SF", "SFR")]
    // Brand-like words the trademark register cares about.
    [InlineData("Pharmacity", "FRMS", "FRMS")]
    [InlineData("Farmacity", "FRMS", "FRMS")]
    public void Encodes_primary_and_alternate(string word, string primary, string alternate)
    {
        var code = DoubleMetaphone.Encode(word);
        Assert.Equal(primary, code.Primary);
        Assert.Equal(alternate, code.Alternate);
    }

    [Fact]
    public void Codes_are_cut_to_four_characters()
    {
        var code = DoubleMetaphone.Encode("Antidisestablishmentarianism");
        Assert.Equal("ANTT", code.Primary);
        Assert.True(code.Alternate.Length <= DoubleMetaphone.MaxCodeLength);
    }

    [Fact]
    public void Case_does_not_matter()
    {
        Assert.Equal(DoubleMetaphone.Encode("SMITH"), DoubleMetaphone.Encode("smith"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("---")]
    [InlineData("😀")]
    public void Input_without_letters_gives_empty_codes(string word)
    {
        var code = DoubleMetaphone.Encode(word);
        Assert.Equal("", code.Primary);
        Assert.Equal("", code.Alternate);
    }

    [Fact]
    public void Very_long_input_is_encoded_without_trouble()
    {
        var code = DoubleMetaphone.Encode(new string('b', 10_000));
        // Each BB pair is one P; the loop stops once both codes hold four characters.
        Assert.Equal("PPPP", code.Primary);
        Assert.Equal("PPPP", code.Alternate);
    }
}
