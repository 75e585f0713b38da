using System.Reflection;

namespace SearchEngine.Cli;

/// <summary>Finds the verb named by the leading arguments and runs it.</summary>
public static class CommandLine
{
    private static readonly IReadOnlyList<IVerb> Verbs = typeof(CommandLine).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IVerb).IsAssignableFrom(t))
        .Select(t => (IVerb)Activator.CreateInstance(t)!)
        .OrderByDescending(v => v.Name.Split(' ').Length)
        .ToList();

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var console = new Console(stdin, stdout, stderr);
        if (args.Length > 0 && args[0] is "help" or "--help" or "-h")
        {
            PrintUsage(stdout);
            return 0;
        }

        var verb = Verbs.FirstOrDefault(v => Matches(v, args));
        if (verb is null)
        {
            if (args.Length > 0) stderr.WriteLine($"searchengine: unknown verb '{string.Join(' ', args.Take(2))}'");
            PrintUsage(stderr);
            return 2;
        }

        try
        {
            var rest = args.Skip(verb.Name.Split(' ').Length).ToArray();
            return verb.Run(new Arguments(rest, verb.ValueOptions), console);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"searchengine {verb.Name}: {e.Message}");
            return 2;
        }
        catch (SearchEngineException e)
        {
            stderr.WriteLine($"searchengine {verb.Name}: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // The file system's own errors (a folder not writable, a disk full, a file that is not gzip) name
            // the problem well enough; a stack trace would only hide it.
            stderr.WriteLine($"searchengine {verb.Name}: {e.Message}");
            return 1;
        }
    }

    private static bool Matches(IVerb verb, string[] args)
    {
        var words = verb.Name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => w == args[i]).All(x => x);
    }

    private static void PrintUsage(TextWriter w)
    {
        w.WriteLine("usage: searchengine <verb> [options]");
        foreach (var v in Verbs.OrderBy(v => v.Name, StringComparer.Ordinal)) w.WriteLine($"  {v.Usage}");
    }
}
