using System.Globalization;

namespace SearchEngine.Patents.QueryLanguage;

/// <summary>
/// Splits query text into tokens. Operators are upper case (AND OR NOT NEARn ADJn) so ordinary words
/// like "and" or "or" stay words; field codes are a known code followed by a colon (any case).
/// Brackets are ordinary word characters except in a range after a field code, because chemical
/// names in titles contain them ("[1,2,4]triazolo").
/// </summary>
internal static class QueryLexer
{
    public const int DefaultNearDistance = 10;

    public static List<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            var c = text[i];
            if (c == '(') { tokens.Add(new QueryToken(QueryTokenKind.LeftParen, i++)); continue; }
            if (c == ')') { tokens.Add(new QueryToken(QueryTokenKind.RightParen, i++)); continue; }
            if (c is '"' or '“' or '”')
            {
                var end = text.IndexOfAny(['"', '“', '”'], i + 1);
                if (end < 0) throw new PatentQuerySyntaxException("a phrase is opened with \" but never closed", i);
                tokens.Add(new QueryToken(QueryTokenKind.Phrase, i, text[(i + 1)..end]));
                i = end + 1;
                continue;
            }

            if (TryFieldCode(text, i, out var code))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Field, i, code));
                i += code.Length + 1;
                if (i < text.Length && text[i] == '[')
                {
                    var close = text.IndexOf(']', i);
                    if (close < 0) throw new PatentQuerySyntaxException("a range is opened with [ but never closed with ]", i);
                    tokens.Add(new QueryToken(QueryTokenKind.Range, i, text[(i + 1)..close]));
                    i = close + 1;
                }

                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"' or '“' or '”')) i++;
            tokens.Add(Classify(text[start..i], start));
        }

        tokens.Add(new QueryToken(QueryTokenKind.End, text.Length));
        return tokens;
    }

    private static QueryToken Classify(string word, int position)
    {
        switch (word)
        {
            case "AND" or "&&": return new QueryToken(QueryTokenKind.And, position);
            case "OR" or "||": return new QueryToken(QueryTokenKind.Or, position);
            case "NOT": return new QueryToken(QueryTokenKind.Not, position);
        }

        foreach (var (op, ordered) in new[] { ("NEAR", false), ("ADJ", true) })
        {
            if (!word.StartsWith(op, StringComparison.Ordinal)) continue;
            var digits = word[op.Length..];
            if (digits.Length == 0) return new QueryToken(QueryTokenKind.Near, position, word, ordered ? 1 : DefaultNearDistance, ordered);
            if (digits.All(char.IsAsciiDigit))
            {
                if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > 1000)
                {
                    throw new PatentQuerySyntaxException($"{op} distance must be from 1 to 1000, not {digits}", position);
                }

                return new QueryToken(QueryTokenKind.Near, position, word, n, ordered);
            }
        }

        return new QueryToken(QueryTokenKind.Word, position, word);
    }

    /// <summary>
    /// A known code then ':' is a field. An unknown upper-case two-letter code then ':' is a mistake worth
    /// reporting; lower-case text with a colon is left as a word (titles contain "a: b").
    /// </summary>
    private static bool TryFieldCode(string text, int i, out string code)
    {
        code = "";
        if (i + 2 >= text.Length || text[i + 2] != ':' || !char.IsAsciiLetter(text[i]) || !char.IsAsciiLetter(text[i + 1])) return false;
        if (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] != '(') return false;
        var candidate = text.Substring(i, 2);
        if (Enum.TryParse<FieldCode>(candidate.ToUpperInvariant(), out _))
        {
            code = candidate.ToUpperInvariant();
            return true;
        }

        if (char.IsAsciiLetterUpper(candidate[0]) && char.IsAsciiLetterUpper(candidate[1]))
        {
            throw new PatentQuerySyntaxException($"unknown field code {candidate}; use one of {string.Join(' ', Enum.GetNames<FieldCode>())}", i);
        }

        return false;
    }
}
