using SearchEngine.Ranking;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine generate trademark-queries --out FILE [--register FILE] [--count 600] [--seed 7] [--elements]</c>:
/// confusable-mark training queries (one confusion mechanism each) over a register, the shipped sample by default;
/// <c>--elements</c> adds the real-conflict shapes (<see cref="ConfusableMarkGenerator.ElementMechanisms"/>).
/// </summary>
public sealed class TrainingQueriesVerb : IVerb
{
    public string Name => "generate trademark-queries";

    public string Usage => $"generate trademark-queries --out FILE.jsonl[.gz] [--register FILE.jsonl[.gz]] [--count {TrademarkTrainingQueries.DefaultCount}] [--seed {TrademarkTrainingQueries.DefaultSeed}] [--elements]";

    public IReadOnlyCollection<string> ValueOptions => ["out", "register", "count", "seed"];

    public int Run(Arguments args, Console console)
    {
        var output = args.Require("out");
        var registerFile = args.Get("register");
        var count = args.GetInt("count", TrademarkTrainingQueries.DefaultCount, 1, 1_000_000);
        var seed = args.GetInt("seed", TrademarkTrainingQueries.DefaultSeed);
        var elements = args.Has("elements");
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException($"unexpected argument '{args.Positionals[0]}'");

        IReadOnlyList<RegisterMark> register;
        if (registerFile is null)
        {
            register = TrademarkTrainingQueries.SampleRegister();
        }
        else
        {
            if (!File.Exists(registerFile)) throw new SearchEngineException($"no such file: {registerFile}");
            using var reader = TextFiles.Open(registerFile);
            register = TrademarkTrainingQueries.ReadRegister(reader);
        }

        var queries = new ConfusableMarkGenerator(seed).Generate(register, count, elements);
        TrademarkTrainingQueries.WriteFile(queries, output);
        console.Out.WriteLine($"wrote {queries.Count} queries over {register.Count} marks to {output} (seed {seed})");
        return 0;
    }
}
