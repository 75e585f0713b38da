using SearchEngine.Patents;

namespace SearchEngine.Tests.Patents;

public class IpcCodeTests
{
    [Theory]
    [InlineData("A01N 63/00", "A01N 63/00")]
    [InlineData("C07D 401/04", "C07D 401/04")]
    [InlineData("A61K 31/4365", "A61K 31/4365")]
    [InlineData("A01N0063/00", "A01N 63/00")]
    [InlineData("A45F  504", "A45F 5/04")]     // USPTO IPC-7 fixed width
    [InlineData("A43B 1314", "A43B 13/14")]
    [InlineData("C07C24900", "C07C 249/00")]
    [InlineData(" h01m 10/052 ", "H01M 10/052")]
    public void Parses_every_written_form(string text, string expected) =>
        Assert.Equal(expected, IpcCode.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("Z01N 63/00")]
    [InlineData("A01N")]
    [InlineData("hello")]
    public void Rejects_non_symbols(string text) => Assert.False(IpcCode.TryParse(text, out _));

    [Fact]
    public void Indexes_every_prefix_level()
    {
        var code = IpcCode.Parse("A01N 63/00");
        Assert.Equal(["A", "A01", "A01N", "A01N63", "A01N63/00"], code.PrefixTerms());
        Assert.Equal("A01N", code.Subclass);
        Assert.Equal("A01N 63", code.Group);
    }

    [Theory]
    [InlineData("a01n", "A01N")]
    [InlineData("A01N 63", "A01N63")]
    [InlineData("A01N 0063/00", "A01N63/00")]
    [InlineData("H", "H")]
    [InlineData("H01", "H01")]
    [InlineData("H0", null)]
    [InlineData("pin", null)]
    public void Normalises_what_users_type(string text, string? expected) => Assert.Equal(expected, IpcCode.NormalizePrefix(text));
}
