using SearchEngine.Text;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine normalize [--form normalized|folded|compact]</c>: prints each stdin line in one canonical
/// form, so the normaliser can be checked from the shell (and in globalization-invariant mode).
/// </summary>
public sealed class NormalizeVerb : IVerb
{
    public string Name => "normalize";

    public string Usage => "normalize [--form normalized|folded|compact]   print stdin lines in canonical form";

    public IReadOnlyCollection<string> ValueOptions => ["form"];

    public int Run(Arguments args, Console console)
    {
        var form = args.Get("form") ?? "normalized";
        args.RejectUnknown();
        Func<string, string> convert = form switch
        {
            "normalized" => TextNormalizer.Normalize,
            "folded" => TextNormalizer.Fold,
            "compact" => TextNormalizer.Compact,
            _ => throw new UsageException($"--form must be normalized, folded or compact, not '{form}'"),
        };
        while (console.In.ReadLine() is { } line) console.Out.WriteLine(convert(line));
        console.Out.Flush();
        return 0;
    }
}
