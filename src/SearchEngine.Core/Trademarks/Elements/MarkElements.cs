using System.Text;
using SearchEngine.Phonetics;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Elements;

/// <summary>
/// Splits a mark into its elements: function words dropped, numbers written one way, compound words split
/// into pieces the register knows, each element weighed by how rare it is among the register's marks.
/// </summary>
internal static class MarkElements
{
    /// <summary>Shortest compound split, and shortest piece of it.</summary>
    private const int MinCompound = 6;

    private const int MinPiece = 3;

    /// <summary>A compound is split only when the register holds it whole in at most this many marks (its own, on the candidate side).</summary>
    private const int MaxCompoundFrequency = 2;

    /// <summary>Weight kept by a descriptive or generic word: it still counts, far less than a distinctive one.</summary>
    internal const double DescriptiveFactor = 0.3;

    private const double SyllableFactor = 0.5;

    /// <summary>A compound keeps its own element; its pieces count half, so the split does not count the word twice.</summary>
    private const double PieceFactor = 0.5;

    /// <summary>Number words that may stand before digits as their leading zero or digit ("zero18" = 018 = 18).</summary>
    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["zero"] = "0", ["khong"] = "0", ["one"] = "1", ["um"] = "1", ["uno"] = "1", ["mot"] = "1",
        ["two"] = "2", ["dois"] = "2", ["dos"] = "2", ["hai"] = "2", ["three"] = "3", ["tres"] = "3", ["ba"] = "3",
    };

    /// <summary>
    /// The elements of a mark. <paramref name="splitCompounds"/> splits its compound words against the
    /// register's vocabulary (the query side); a register mark's compounds are met by containment instead.
    /// </summary>
    public static IReadOnlyList<MarkElement> Of(MarkProfile profile, IElementVocabulary vocabulary, bool splitCompounds = true)
    {
        var text = profile.Text;
        var elements = new List<MarkElement>(text.Tokens.Count + 2);
        var words = text.Display.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var vietnamese = text.Tokens.Count >= 2 && (text.HasMarks || text.Tokens.All(t => PhoneticEncoder.Classify(t) != TokenSound.Foreign));
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var token = text.Tokens[i];
            if (FunctionWords.Contains(token) && text.Tokens.Count > 1) continue;
            var written = words.Length == text.Tokens.Count ? words[i] : text.NormalizedTokens[i];
            var generic = profile.Discounted[i];
            // A Vietnamese syllable is part of a word, not a word: alone it says less about origin.
            var syllable = vietnamese && PhoneticEncoder.Classify(token) != TokenSound.Foreign;
            var toned = text.NormalizedTokens[i];
            foreach (var (key, kind) in splitCompounds ? Split(token, vocabulary) : Numbers(token))
            {
                var descriptive = generic || DescriptiveWords.Contains(key) || (kind == ElementKind.Piece && FunctionWords.Contains(key));
                var rarity = Rarity(key, vocabulary);
                var weight = Weight(key, rarity, descriptive) * (syllable ? SyllableFactor : 1) * (kind == ElementKind.Piece ? PieceFactor : 1);
                elements.Add(new MarkElement(key, written, kind == ElementKind.Number ? key : toned, kind, rarity, weight, descriptive));
            }
        }

        return elements;
    }

    /// <summary>The keys an element field indexes for a mark: every element, before any split that needs the register.</summary>
    public static IEnumerable<string> IndexKeys(MarkText text)
    {
        foreach (var token in text.Tokens)
        {
            if (FunctionWords.Contains(token) && text.Tokens.Count > 1) continue;
            foreach (var (key, _) in Numbers(token)) yield return key;
        }
    }

    /// <summary>
    /// Prefixes and suffixes of a compound word, indexed so that an element of the query found inside a
    /// longer word of a register mark (<c>FENIX</c> in <c>NEWFENIX</c>) is found without knowing the split.
    /// A piece must be at least 3 letters and two fifths of the word, so <c>bar</c> is not in <c>barcelona</c>.
    /// </summary>
    public static IEnumerable<string> Affixes(MarkText text)
    {
        foreach (var token in text.Tokens)
        {
            if (token.Length < MinCompound || !token.All(char.IsAsciiLetter)) continue;
            for (var len = MinAffix(token.Length); len <= token.Length - MinPiece; len++)
            {
                yield return token[..len];
                yield return token[^len..];
            }
        }
    }

    /// <summary>Whether <paramref name="piece"/> can be read as a prefix or suffix piece of <paramref name="word"/>.</summary>
    public static bool IsAffixOf(string piece, string word) =>
        word.Length >= MinCompound && piece.Length >= MinAffix(word.Length) && piece.Length <= word.Length - MinPiece &&
        (word.StartsWith(piece, StringComparison.Ordinal) || word.EndsWith(piece, StringComparison.Ordinal));

    private static int MinAffix(int wordLength) => Math.Max(MinPiece, (2 * wordLength + 4) / 5);

    /// <summary>
    /// Rarity in the register: inverse document frequency scaled to 0–1 by the register size, so an element
    /// in one mark of a million weighs about as much as one in one mark of fifty thousand.
    /// </summary>
    internal static double Rarity(string key, IElementVocabulary vocabulary)
    {
        var n = Math.Max(2, vocabulary.MarkCount);
        var df = vocabulary.DocumentFrequency(key);
        return Math.Clamp(Math.Log((n + 1.0) / (df + 1.0)) / Math.Log(n + 1.0), 0.05, 1);
    }

    private static double Weight(string key, double rarity, bool descriptive)
    {
        var weight = rarity;
        // A single letter is distinctive only with the rest of the mark; initials (JS, TH) can be the dominant element.
        if (key.Length == 1 && char.IsAsciiLetter(key[0])) weight *= 0.5;
        else if (key.Length == 2 && key.All(char.IsAsciiLetter)) weight *= 0.85;
        return descriptive ? weight * DescriptiveFactor : weight;
    }

    private static IEnumerable<(string Key, ElementKind Kind)> Split(string token, IElementVocabulary vocabulary)
    {
        foreach (var (key, kind) in Numbers(token))
        {
            yield return (key, kind);
            if (kind == ElementKind.Word && Compound(key, vocabulary) is { } pieces)
            {
                yield return (pieces.Left, ElementKind.Piece);
                yield return (pieces.Right, ElementKind.Piece);
            }
        }
    }

    /// <summary>
    /// The split of a compound into two pieces the register holds as words, the most balanced one; null when
    /// the word is itself a common word of the register or no split has two known pieces.
    /// </summary>
    internal static (string Left, string Right)? Compound(string word, IElementVocabulary vocabulary)
    {
        if (word.Length < MinCompound || !word.All(char.IsAsciiLetter)) return null;
        if (vocabulary.DocumentFrequency(word) > MaxCompoundFrequency) return null;
        (string, string)? best = null;
        var bestBalance = 0;
        for (var i = MinPiece; i <= word.Length - MinPiece; i++)
        {
            var balance = Math.Min(i, word.Length - i);
            if (balance <= bestBalance) continue;
            var (left, right) = (word[..i], word[i..]);
            if (vocabulary.DocumentFrequency(left) == 0 || vocabulary.DocumentFrequency(right) == 0) continue;
            best = (left, right);
            bestBalance = balance;
        }

        return best;
    }

    /// <summary>
    /// A token's number written once: leading zeros dropped, and letters glued to digits split off
    /// (<c>zero18</c> → 18, <c>pho24</c> → pho 24, <c>24h</c> → 24), unless the letters are short and the whole is a code (<c>G7</c>, <c>i9</c>).
    /// </summary>
    private static IEnumerable<(string Key, ElementKind Kind)> Numbers(string token)
    {
        if (!token.Any(char.IsAsciiDigit))
        {
            yield return (token, ElementKind.Word);
            yield break;
        }

        var runs = Runs(token);
        if (!char.IsAsciiDigit(runs[0][0]) && runs[0].Length < 3 && !NumberWords.ContainsKey(runs[0]))
        {
            yield return (token, ElementKind.Word);
            yield break;
        }

        var digits = new StringBuilder();
        foreach (var run in runs)
        {
            if (char.IsAsciiDigit(run[0])) digits.Append(run);
            else if (NumberWords.TryGetValue(run, out var d) && digits.Length == 0) digits.Append(d);
            else
            {
                if (digits.Length > 0) yield return (Canonical(digits.ToString()), ElementKind.Number);
                digits.Clear();
                // a unit or letter after a number (24h, 7s) is no element of its own
                if (run.Length >= 3) yield return (run, ElementKind.Word);
            }
        }

        if (digits.Length > 0) yield return (Canonical(digits.ToString()), ElementKind.Number);
    }

    private static string Canonical(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0 ? "0" : trimmed;
    }

    private static List<string> Runs(string token)
    {
        var runs = new List<string>();
        var start = 0;
        for (var i = 1; i <= token.Length; i++)
        {
            if (i < token.Length && char.IsAsciiDigit(token[i]) == char.IsAsciiDigit(token[i - 1])) continue;
            runs.Add(token[start..i]);
            start = i;
        }

        return runs;
    }
}
