using System.Diagnostics;
using System.Text;
using SearchEngine.Text;

namespace SearchEngine.Tests.Text;

/// <summary>
/// string.Normalize does nothing in globalization-invariant mode, so the normaliser must not depend on it: run
/// the built CLI in a child process with DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 on NFD input and compare its
/// output with the NFC result computed here.
/// </summary>
public class InvariantGlobalizationTests
{
    private static readonly string[] Lines =
    [
        "Cộng hoà xã hội chủ nghĩa Việt Nam",
        "THUỶ TIÊN, Đà Nẵng; Nguyễn Thị Hoà",
        "Sở hữu trí tuệ: phở Hà Nội",
    ];

    [Fact]
    public void Normalize_in_invariant_mode_on_NFD_equals_NFC()
    {
        var nfd = string.Join('\n', Lines.Select(l => l.Normalize(NormalizationForm.FormD)));
        Assert.NotEqual(string.Join('\n', Lines), nfd); // the input really is decomposed

        var output = RunCli(nfd, "normalize");
        var expected = Lines.Select(l => TextNormalizer.Normalize(l.Normalize(NormalizationForm.FormC))).ToArray();
        Assert.Equal(expected, output);
        Assert.Equal("cộng hòa xã hội chủ nghĩa việt nam", output[0]);

        var folded = RunCli(nfd, "normalize", "--form", "folded");
        Assert.Equal("thuy tien, da nang; nguyen thi hoa", folded[1]);
    }

    [Fact]
    public void Segment_in_invariant_mode_on_NFD_splits_like_NFC()
    {
        var nfd = string.Join('\n', Lines.Select(l => l.Normalize(NormalizationForm.FormD)));
        var output = RunCli(nfd, "segment");
        var expected = Lines.Select(l => WordSegmenter.Default.SegmentLine(l)).ToArray();
        Assert.Equal(expected, output.Select(l => l.Normalize(NormalizationForm.FormC)).ToArray());
    }

    private static string[] RunCli(string stdin, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "searchengine.dll");
        Assert.True(File.Exists(cli), $"the built CLI is expected beside the tests: {cli}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin + "\n");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, stderr.Result);
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
