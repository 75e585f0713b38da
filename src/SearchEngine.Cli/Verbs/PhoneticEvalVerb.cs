using System.Globalization;
using System.Text;
using SearchEngine.Phonetics;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine phonetic eval --ipa FILE</c>: pair recall and precision of the Vietnamese keys against
/// a reference IPA transcription, one syllable a line: <c>syllable&lt;TAB&gt;ipa[&lt;TAB&gt;ipa...]</c>, one column
/// per dialect (plain or gzip). Tone marks in the IPA (Chao digits, tone letters, superscripts, Gedney labels) are removed.
/// </summary>
public sealed class PhoneticEvalVerb : IVerb
{
    private const int MaxLines = 200_000;

    public string Name => "phonetic eval";

    public string Usage => "phonetic eval --ipa FILE [--show N]   (pair recall/precision of the Vietnamese keys)";

    public IReadOnlyCollection<string> ValueOptions => ["ipa", "show"];

    public int Run(Arguments args, Console console)
    {
        var path = args.Require("ipa");
        var show = args.GetInt("show", 0, 0, 1000);
        args.RejectUnknown();
        if (!File.Exists(path)) throw new SearchEngineException($"no such file: {path}");

        List<(string, IReadOnlyList<string>)> reference;
        try
        {
            using var reader = TextFiles.Open(path);
            reference = ReferenceIpa.Read(reader, MaxLines, StripTones);
        }
        catch (InvalidDataException e)
        {
            throw new SearchEngineException($"{path}: {e.Message}");
        }

        if (reference.Count == 0) throw new SearchEngineException($"{path}: no syllable<TAB>ipa lines");

        var missed = show > 0 ? new List<(string, string)>() : null;
        var extra = show > 0 ? new List<(string, string)>() : null;
        var result = PairAgreement.Measure(reference, PhoneticEncoder.VietnameseKeys, missed, extra);
        var o = console.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"syllables {result.Syllables}  reference pairs {result.ReferencePairs}  key pairs {result.KeyPairs}  shared {result.SharedPairs}"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pair recall {result.Recall:F4}  pair precision {result.Precision:F4}"));
        if (missed is not null) o.WriteLine("missed: " + string.Join(", ", missed.Take(show).Select(p => $"{p.Item1}~{p.Item2}")));
        if (extra is not null) o.WriteLine("extra: " + string.Join(", ", extra.Take(show).Select(p => $"{p.Item1}~{p.Item2}")));
        return 0;
    }

    internal static string StripTones(string ipa)
    {
        var sb = new StringBuilder(ipa.Length);
        foreach (var c in ipa.Trim())
        {
            if (char.IsAsciiDigit(c) || c is >= '\u02E5' and <= '\u02E9' || c is '¹' or '²' or '³' or '⁰' || c is >= '\u2074' and <= '\u2079' ||
                c is 'ᴬ' or 'ᴮ' or 'ᶜ' or 'ᴰ' or 'ˀ' or '.' or ' ' or '[' or ']' or '/')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
