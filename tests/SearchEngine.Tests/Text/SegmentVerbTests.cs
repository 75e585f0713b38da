using SearchEngine.Cli;

namespace SearchEngine.Tests.Text;

public class SegmentVerbTests
{
    private static (int Code, string Out) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var code = CommandLine.Run(args, new StringReader(stdin), output, new StringWriter());
        return (code, output.ToString());
    }

    [Fact]
    public void Segment_keeps_every_token_and_one_line_per_line()
    {
        var (code, output) = Run("Chủ trương tốt nhưng dân không hiểu!\n\nSở hữu trí tuệ, (Hà Nội).\n", "segment");
        Assert.Equal(0, code);
        var lines = output.Split('\n')[..^1];
        Assert.Equal(3, lines.Length);
        Assert.Equal("Chủ_trương tốt nhưng dân không hiểu !", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("Sở hữu trí tuệ , ( Hà Nội ) .", lines[2].Replace('_', ' '));
        Assert.StartsWith("Sở_hữu", lines[2]);
    }
}
