using System.Diagnostics;
using System.Text;

namespace SearchEngine.Tests.Indexing;

/// <summary>The built CLI (copied beside the tests) started as a real process, optionally as another user.</summary>
internal static class CliProcess
{
    public static ProcessStartInfo Start(IEnumerable<string> args, string? asUser = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "searchengine.dll");
        Assert.True(File.Exists(cli), $"the built CLI is expected beside the tests: {cli}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var start = new ProcessStartInfo(asUser is null ? dotnet : "setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (asUser is not null)
        {
            foreach (var a in new[] { $"--reuid={asUser}", $"--regid={asUser}", "--clear-groups", dotnet }) start.ArgumentList.Add(a);
            start.Environment["HOME"] = Path.GetTempPath();
        }

        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_NOLOGO"] = "1";
        return start;
    }

    public static (int Code, string Out, string Err) Run(IEnumerable<string> args, string? asUser = null)
    {
        using var process = Process.Start(Start(args, asUser))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
