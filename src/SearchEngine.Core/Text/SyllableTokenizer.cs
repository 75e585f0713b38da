namespace SearchEngine.Text;

/// <summary>
/// Splits raw text into surface tokens, Vietnamese syllables being space-separated words, following the
/// treebank's conventions: punctuation is its own token, but joiners between letters or digits stay inside
/// (Vina-Milk, TP.HCM, 2.000, 30/11, Biti's, www.noip.gov.vn), a percent sign stays on its number and the dot
/// of a known abbreviation (TP., H.) on its letters. Works on raw input in any Unicode form: combining marks and
/// zero-width characters stay inside their word; lone surrogates and control characters separate tokens.
/// Offsets index the input string, so callers normalise each token's text, not the whole input.
/// </summary>
public static class SyllableTokenizer
{
    private static readonly HashSet<string> AbbreviationSet = new(StringComparer.Ordinal)
    {
        "TP", "Tp", "tp", "Q", "q", "P", "p", "H", "h", "Th", "TS", "ThS", "PGS", "GS", "BS", "KS", "Mr", "Mrs", "Dr", "St", "Co", "Ltd", "Inc", "No",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = AbbreviationSet.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<TextToken> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var spans = new List<TokenSpan>((text.Length / 5) + 4); // about one token per five characters
        Scan(text, spans);
        var tokens = new TextToken[spans.Count];
        for (var k = 0; k < tokens.Length; k++)
        {
            var s = spans[k];
            tokens[k] = new TextToken(text[s.Start..s.End], s.Start, s.End, s.Kind);
        }

        return tokens;
    }

    /// <summary>The same tokens as <see cref="Tokenize"/>, as positions appended to <paramref name="into"/>.</summary>
    internal static void Scan(ReadOnlySpan<char> text, List<TokenSpan> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSeparator(text, i))
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                i = ReadWord(text, i, into);
                continue;
            }

            var start = i;
            if (char.IsHighSurrogate(c)) i += 2; // a valid pair (IsSeparator took the lone ones)
            else if (c == '.') while (i < text.Length && text[i] == '.') i++;
            else i++;
            into.Add(new TokenSpan(start, i, TokenKind.Punctuation));
        }
    }

    private static int ReadWord(ReadOnlySpan<char> text, int start, List<TokenSpan> tokens)
    {
        var i = start;
        var hasLetter = false;
        while (i < text.Length)
        {
            var c = text[i];
            var cls = Classes[c];
            if ((cls & WordChar) != 0)
            {
                hasLetter |= (cls & Letter) != 0;
                i++;
                continue;
            }

            if (IsJoiner(text, i))
            {
                i++;
                continue;
            }

            break;
        }

        // Trailing zero-width characters belong to nothing; leave them out of the token.
        var end = i;
        while (end > start && IsIgnorable(text[end - 1])) end--;
        if (end < text.Length && text[end] == '%' && !hasLetter)
        {
            end++;
        }
        else if (end < text.Length && text[end] == '.' && hasLetter && IsAbbreviation(text, start, end))
        {
            end++;
        }

        tokens.Add(new TokenSpan(start, end, hasLetter ? TokenKind.Word : TokenKind.Number));
        return Math.Max(end, i);
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> text, int start, int end)
    {
        // "H." (an initial) or a listed abbreviation, and the dot must not be followed by more dots (an ellipsis).
        if (end + 1 < text.Length && text[end + 1] == '.') return false;
        var word = text[start..end];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }

    /// <summary>A joiner stays inside a word when it has a word character on both sides (digits for , and :).</summary>
    private static bool IsJoiner(ReadOnlySpan<char> text, int i)
    {
        if (i == 0 || i + 1 >= text.Length) return false;
        var c = text[i];
        var prev = text[i - 1];
        var next = text[i + 1];
        if (IsIgnorable(c)) return true;
        if (!IsWordChar(prev) || !IsWordChar(next)) return false;
        return c switch
        {
            '.' or '-' or '/' or '&' or '@' or '\u2010' or '\u2011' => true,
            '\'' or '\u2019' or '\u02BC' or '`' => char.IsLetter(prev) && char.IsLetter(next),
            ',' or ':' => char.IsDigit(prev) && char.IsDigit(next),
            _ => false,
        };
    }

    private static bool IsWordChar(char c) => (Classes[c] & WordChar) != 0;

    private const byte WordChar = 1;
    private const byte Letter = 2;
    private const byte Separator = 4;

    // The Unicode tables answer per call; one byte per UTF-16 unit answers with a load (the tokenizer asks per character).
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var cls = 0;
            if (char.IsLetterOrDigit(c) || IsMark(c)) cls |= WordChar;
            if (char.IsLetter(c)) cls |= Letter;
            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsIgnorable(c) || (!char.IsSurrogate(c) && IsMark(c))) cls |= Separator;
            classes[i] = (byte)cls;
        }

        return classes;
    }

    private static bool IsMark(char c) =>
        c >= '\u0300' && (VietnameseLetters.IsCombiningMark(c) ||
                          char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                              or System.Globalization.UnicodeCategory.SpacingCombiningMark);

    private static bool IsIgnorable(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool IsSeparator(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (!char.IsSurrogate(c)) return (Classes[c] & Separator) != 0; // white space, control, zero-width, or a mark with no base before it
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        return true; // a low surrogate not consumed with its pair is a lone one
    }
}
