using SearchEngine.Cli;

namespace SearchEngine.Tests.Phonetics;

public class PhoneticVerbTests
{
    private static (int Code, string[] Lines, string Error) Run(string verb, string input)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["phonetic", verb], new StringReader(input), stdout, stderr);
        var text = stdout.ToString();
        var lines = text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
        return (code, lines, stderr.ToString());
    }

    [Fact]
    public void Vi_prints_input_and_dialect_keys_per_line()
    {
        var (code, lines, _) = Run("vi", "giàu\nGiàu Sang\n");
        Assert.Equal(0, code);
        Assert.Equal(["giàu\tn_zaw\ts_jaw", "Giàu Sang\tn_zaw.saːŋ\ts_jaw.saːŋ"], lines);
    }

    [Fact]
    public void Vi_keeps_one_output_line_per_input_line_whatever_the_input()
    {
        var input = string.Join('\n', "nam", "", "123", "😀", "Москва", "hello", new string('x', 10_000), "a\tb", "quốc") + "\n";
        var (code, lines, _) = Run("vi", input);
        Assert.Equal(0, code);
        Assert.Equal(9, lines.Length);
        Assert.Equal("\t", lines[1]);
        Assert.Equal("123\t", lines[2]);
        Assert.Equal("😀\t", lines[3]);
        Assert.Equal("hello\t", lines[5]);
        Assert.Equal(10_001, lines[6].Length);
        Assert.Equal("a b\t", lines[7]);               // tabs in the input never shift the columns
        Assert.StartsWith("quốc\tn_kwok\t", lines[8]);
    }

    [Fact]
    public void Vi_ignores_punctuation_around_the_word()
    {
        var (_, lines, _) = Run("vi", "\"Hương\",\n(giàu)\n");
        Assert.Equal("\"Hương\",\tn_hɨəŋ\ts_hɨːŋ", lines[0]);
        Assert.Equal("(giàu)\tn_zaw\ts_jaw", lines[1]);
    }

    [Fact]
    public void Vi_reads_unaccented_input_as_written()
    {
        var (_, lines, _) = Run("vi", "nam\n");
        Assert.Equal("nam\tn_naːm\ts_naːm", lines[0]);
    }

    [Fact]
    public void Dm_prints_primary_and_alternate()
    {
        var (code, lines, _) = Run("dm", "Schmidt\nThomas\n\n42\n");
        Assert.Equal(0, code);
        Assert.Equal(["Schmidt\tXMT\tSMT", "Thomas\tTMS\tTMS", "\t\t", "42\t\t"], lines);
    }

    [Fact]
    public void Verbs_reject_arguments_with_usage_exit_code()
    {
        var stderr = new StringWriter();
        var code = CommandLine.Run(["phonetic", "dm", "Smith"], new StringReader(""), new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("standard input", stderr.ToString());
    }
}
