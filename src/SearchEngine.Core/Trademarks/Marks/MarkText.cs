using System.Text;
using SearchEngine.Text;

namespace SearchEngine.Trademarks.Marks;

/// <summary>
/// A mark's words in every spelling the search compares: as displayed, normalised (tones kept), folded
/// (ASCII), compact (folded without spaces or punctuation), and as tokens. Camel-case marks such as
/// "OpenStreetMap" also yield their parts, so a word dropped from or added to them can still be matched.
/// </summary>
public sealed class MarkText
{
    /// <summary>The longest mark accepted; anything longer is not a mark but a pasted document.</summary>
    public const int MaxLength = 10_000;

    private MarkText(string display, IReadOnlyList<string> tokens, IReadOnlyList<string> normalizedTokens, IReadOnlyList<string> parts)
    {
        Display = display;
        Tokens = tokens;
        NormalizedTokens = normalizedTokens;
        Parts = parts;
        Folded = string.Join(' ', tokens);
        Normalized = string.Join(' ', normalizedTokens);
        Compact = string.Concat(tokens);
        NormalizedCompact = string.Concat(normalizedTokens);
        HasMarks = Normalized != Folded;
    }

    /// <summary>Normalised tokens with nothing between them: "trungnguyên".</summary>
    public string NormalizedCompact { get; }

    /// <summary>True when any letter carries a tone or vowel mark (or is đ); false for marks typed in plain ASCII.</summary>
    public bool HasMarks { get; }

    public string Display { get; }

    /// <summary>Lower case with tones, tokens separated by one space: "trung nguyên".</summary>
    public string Normalized { get; }

    /// <summary>Lower case ASCII, tokens separated by one space: "trung nguyen".</summary>
    public string Folded { get; }

    /// <summary>Folded with nothing between tokens: "trungnguyen".</summary>
    public string Compact { get; }

    /// <summary>Folded tokens (Vietnamese syllables or foreign words) in order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The same tokens, normalised with their tones.</summary>
    public IReadOnlyList<string> NormalizedTokens { get; }

    /// <summary>
    /// Folded parts of tokens that have them: camel case ("OpenStreetMap" → open, street, map) or a compact
    /// run of syllables ("TIEPNGON" → tiep, ngon); else the tokens themselves.
    /// </summary>
    public IReadOnlyList<string> Parts { get; }

    public bool IsEmpty => Tokens.Count == 0;

    public override string ToString() => Display;

    /// <summary>Rebuilds a parsed mark from its stored tokens (see <see cref="MarkProfile.Serialize"/>).</summary>
    internal static MarkText FromTokens(string display, IReadOnlyList<string> tokens, IReadOnlyList<string> normalizedTokens, IReadOnlyList<string> parts) =>
        new(display, tokens, normalizedTokens, parts);

    /// <summary>Splits a mark into its forms; never throws (an unusable mark just has no tokens).</summary>
    public static MarkText Parse(string? display)
    {
        display ??= "";
        var tokens = new List<string>();
        var normalized = new List<string>();
        var parts = new List<string>();
        foreach (var run in Runs(display))
        {
            var forms = FormsOf(run);
            if (forms.Folded.Length == 0) continue;
            tokens.Add(forms.Folded);
            normalized.Add(forms.Normalized);
            parts.AddRange(forms.Parts);
        }

        return new MarkText(display, tokens, normalized, parts);
    }

    /// <summary>A word of a mark in its forms: folded, normalised, and its parts.</summary>
    private sealed record RunForms(string Folded, string Normalized, string[] Parts);

    /// <summary>
    /// Words already seen, with their forms: a register is written in a few tens of thousands of words, and
    /// folding, normalising and splitting each again was a good part of an import.
    /// </summary>
    private static readonly BoundedCache<RunForms> Forms = new(200_000);

    private static RunForms FormsOf(string run) => Forms.GetOrAdd(run, static run =>
    {
        var folded = MarkFolding.Fold(run);
        string[] parts;
        var camel = CamelParts(run);
        if (camel.Count > 1) parts = [.. camel.Select(MarkFolding.Fold).Where(p => p.Length > 0)];
        else if (folded.Length >= 6 && CompactSplitter.Default.Split(folded) is { } pieces) parts = [.. pieces];
        else parts = [folded];
        return new RunForms(folded, folded.Length == 0 ? "" : MarkFolding.Normalize(run), parts);
    });

    /// <summary>
    /// Parses a mark typed as a query or filed in a record, rejecting what cannot be a word mark:
    /// empty, punctuation only, or longer than <see cref="MaxLength"/> characters.
    /// </summary>
    public static MarkText ParseValid(string? display)
    {
        if (string.IsNullOrWhiteSpace(display)) throw new SearchEngineException("the mark is empty");
        if (display.Length > MaxLength)
        {
            throw new SearchEngineException($"the mark is {display.Length:N0} characters long; the limit is {MaxLength:N0}");
        }

        var text = Parse(display);
        if (text.IsEmpty) throw new SearchEngineException($"the mark '{Shorten(display)}' has no letters or digits");
        return text;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";

    /// <summary>Runs of letters and digits (with their combining marks); apostrophes inside a word are dropped.</summary>
    private static IEnumerable<string> Runs(string text)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || (sb.Length > 0 && VietnameseLetters.IsCombiningMark(c)))
            {
                sb.Append(c);
            }
            else if (IsApostrophe(c) && sb.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // McDonald's and L'Oréal stay one word
            }
            else if (sb.Length > 0)
            {
                yield return sb.ToString();
                sb.Clear();
            }
        }

        if (sb.Length > 0) yield return sb.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>Splits "OpenStreetMap" at lower→upper changes; all-caps or all-lower words stay whole.</summary>
    private static List<string> CamelParts(string run)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i < run.Length; i++)
        {
            if (char.IsUpper(run[i]) && char.IsLower(run[i - 1]))
            {
                parts.Add(run[start..i]);
                start = i;
            }
        }

        parts.Add(run[start..]);
        return parts;
    }
}
