using SearchEngine.Phonetics;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine phonetic vi</c>: Vietnamese keys of each input line, read exactly as written.
/// A syllable prints its three dialect keys; a word of several syllables (apart or run together) prints
/// one key per dialect with the syllables joined by '.'; anything else prints the input and one empty key.
/// </summary>
public sealed class PhoneticViVerb : IVerb
{
    public string Name => "phonetic vi";

    public string Usage => "phonetic vi              < words   (prints input<TAB>key[<TAB>key...] per line)";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(Arguments args, Console console)
    {
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException("phonetic vi reads words from standard input and takes no arguments");
        return PhoneticLines.Run(console, KeysOf);
    }

    private static IEnumerable<string> KeysOf(string text)
    {
        if (text.Length == 0) return [""];
        var keys = PhoneticEncoder.VietnameseKeys(text);
        if (keys.Count == 0) keys = PhoneticEncoder.VietnameseWordKeys(text);
        return keys.Count == 0 ? [""] : keys;
    }
}
