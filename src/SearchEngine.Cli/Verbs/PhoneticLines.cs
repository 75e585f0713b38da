namespace SearchEngine.Cli.Verbs;

/// <summary>
/// The line loop shared by the phonetic verbs: one output line per input line, in order, whatever the
/// line holds. The input is echoed with tabs turned to spaces so the output stays tab-separated.
/// </summary>
internal static class PhoneticLines
{
    public static int Run(Console console, Func<string, IEnumerable<string>> columns)
    {
        var output = console.Out;
        var line = console.In.ReadLine();
        while (line is not null)
        {
            var echoed = line.Contains('\t') ? line.Replace('\t', ' ') : line;
            output.Write(echoed);
            foreach (var column in columns(line.Trim()))
            {
                output.Write('\t');
                output.Write(column);
            }

            output.Write('\n');
            line = console.In.ReadLine();
        }

        output.Flush();
        return 0;
    }
}
