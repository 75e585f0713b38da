using SearchEngine.Phonetics;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine phonetic dm</c>: Double Metaphone of each input line as <c>input&lt;TAB&gt;primary&lt;TAB&gt;alternate</c>.
/// The alternate repeats the primary when the word has only one reading; a line with nothing to say prints
/// two empty codes.
/// </summary>
public sealed class PhoneticDmVerb : IVerb
{
    public string Name => "phonetic dm";

    public string Usage => "phonetic dm              < words   (prints input<TAB>primary<TAB>alternate per line)";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(Arguments args, Console console)
    {
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException("phonetic dm reads words from standard input and takes no arguments");
        return PhoneticLines.Run(console, text =>
        {
            var code = DoubleMetaphone.Encode(text);
            return [code.Primary, code.Alternate];
        });
    }
}
