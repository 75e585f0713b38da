using SearchEngine.Phonetics;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine phonetic vi</c>: Vietnamese keys of each input line, read exactly as written.
/// A syllable prints its three dialect keys; a word of several syllables (apart or run together) prints
/// one key per dialect with the syllables joined by '.'; anything else prints the input and one empty key.
/// Punctuation around the word is ignored.
/// </summary>
public sealed class PhoneticViVerb : IVerb
{
    private const string Edge = "\"'.,;:!?()[]{}<>«»“”‘’…";

    public string Name => "phonetic vi";

    public string Usage => "phonetic vi              < words   (prints input<TAB>key[<TAB>key...] per line)";

    public IReadOnlyCollection<string> ValueOptions => [];

    public int Run(Arguments args, Console console)
    {
        args.RejectUnknown();
        if (args.Positionals.Count > 0) throw new UsageException("phonetic vi reads words from standard input and takes no arguments");
        return PhoneticLines.Run(console, KeysOf);
    }

    private static IEnumerable<string> KeysOf(string line)
    {
        // Quotes and punctuation around a word ("Hương", giàu,) are not part of it.
        var text = line.AsSpan().Trim().TrimStart(Edge).TrimEnd(Edge).ToString();
        if (text.Length == 0) return [""];
        var keys = PhoneticEncoder.VietnameseKeys(text);
        if (keys.Count == 0) keys = PhoneticEncoder.VietnameseWordKeys(text);
        return keys.Count == 0 ? [""] : keys;
    }
}
