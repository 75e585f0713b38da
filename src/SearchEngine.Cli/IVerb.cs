namespace SearchEngine.Cli;

/// <summary>
/// One verb of the <c>searchengine</c> command, e.g. <c>segment</c> or <c>import trademarks</c>.
/// Verbs are found by reflection, so adding one is adding one file under <c>Verbs/</c>.
/// </summary>
public interface IVerb
{
    /// <summary>The words that select this verb, e.g. "phonetic vi".</summary>
    string Name { get; }

    /// <summary>One line of usage shown by <c>searchengine help</c>.</summary>
    string Usage { get; }

    /// <summary>The options that take a value (e.g. "index", "top"); every other <c>--name</c> is a switch.</summary>
    IReadOnlyCollection<string> ValueOptions { get; }

    /// <summary>Runs the verb on the arguments that follow its name; returns the process exit code.</summary>
    int Run(Arguments args, Console console);
}
