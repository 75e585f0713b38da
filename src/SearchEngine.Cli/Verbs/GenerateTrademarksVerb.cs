using SearchEngine.Trademarks.Evaluation;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine generate trademarks --out FILE [--count N] [--seed N]</c>: writes a generated register
/// from the shipped word lists — the bundled sample (defaults) or a scale-test register (e.g. 1,000,000).
/// </summary>
public sealed class GenerateTrademarksVerb : IVerb
{
    public string Name => "generate trademarks";

    public string Usage => $"generate trademarks --out FILE.jsonl[.gz] [--count {TrademarkSample.Size}] [--seed {TrademarkSample.Seed}]";

    public IReadOnlyCollection<string> ValueOptions => ["out", "count", "seed"];

    public int Run(Arguments args, Console console)
    {
        var output = args.Require("out");
        var count = args.GetInt("count", TrademarkSample.Size, 1, 50_000_000);
        var seed = args.GetInt("seed", TrademarkSample.Seed);
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'");
        var written = RegisterFileWriter.Write(output, RegisterGenerator.FromShippedWords(seed).Generate(count));
        console.Out.WriteLine($"wrote {written:N0} generated marks to {output} (seed {seed})");
        return 0;
    }
}
