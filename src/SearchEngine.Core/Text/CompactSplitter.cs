namespace SearchEngine.Text;

/// <summary>
/// Splits a compact Latin string into known pieces when exactly one split uses the fewest pieces:
/// <c>VINAMILK</c> → <c>vina milk</c>, <c>TRUNGNGUYEN</c> → <c>trung nguyen</c>. Pieces are folded Vietnamese
/// syllables attested in the dictionary and well formed, plus a short list of English and brand words
/// (<c>Resources/en/compact-words.txt</c>). An ambiguous string (two fewest-piece splits) stays whole, as does
/// a string that is already one piece or that contains anything but ASCII letters.
/// </summary>
public sealed class CompactSplitter
{
    private const int MinLength = 4;
    private const int MaxPiece = 12;

    private static readonly Lazy<CompactSplitter> Shipped = new(() =>
        new CompactSplitter(VietnameseDictionary.Default, EmbeddedText.ReadLines("en/compact-words.txt")));

    private readonly VietnameseDictionary _dictionary;
    private readonly HashSet<string> _words;

    public CompactSplitter(VietnameseDictionary dictionary, IEnumerable<string> extraWords)
    {
        _dictionary = dictionary;
        _words = new HashSet<string>(extraWords.Select(TextNormalizer.Compact).Where(w => w.Length > 0), StringComparer.Ordinal);
    }

    public static CompactSplitter Default => Shipped.Value;

    /// <summary>The pieces of <paramref name="text"/> (folded), or null when it should stay whole.</summary>
    public IReadOnlyList<string>? Split(string text)
    {
        var s = TextNormalizer.Fold(text);
        if (s.Length < MinLength || s.Length > 64) return null;
        foreach (var c in s)
        {
            if (c is < 'a' or > 'z') return null;
        }

        if (IsPiece(s.AsSpan())) return null;

        // best[i]: fewest pieces covering s[i..]; ways[i]: how many such covers (capped at 2); next[i]: first piece length.
        var n = s.Length;
        var best = new int[n + 1];
        var ways = new int[n + 1];
        var next = new int[n + 1];
        ways[n] = 1;
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = int.MaxValue;
            for (var len = 1; len <= Math.Min(MaxPiece, n - i); len++)
            {
                if (ways[i + len] == 0 || !IsPiece(s.AsSpan(i, len))) continue;
                var cost = best[i + len] + 1;
                if (cost < best[i])
                {
                    best[i] = cost;
                    ways[i] = ways[i + len];
                    next[i] = len;
                }
                else if (cost == best[i])
                {
                    ways[i] = Math.Min(2, ways[i] + ways[i + len]);
                }
            }
        }

        if (ways[0] != 1) return null;
        var pieces = new List<string>();
        for (var i = 0; i < n; i += next[i]) pieces.Add(s.Substring(i, next[i]));
        return pieces;
    }

    /// <summary>The text with its compact pieces separated by spaces, or the folded text when it stays whole.</summary>
    public string SplitToText(string text) => Split(text) is { } pieces ? string.Join(' ', pieces) : TextNormalizer.Fold(text);

    private bool IsPiece(ReadOnlySpan<char> piece)
    {
        var s = piece.ToString();
        if (_words.Contains(s)) return true;
        return piece.Length >= 2 && VietnameseSyllables.IsWellFormedFolded(piece) && _dictionary.IsKnownFoldedSyllable(s);
    }
}
