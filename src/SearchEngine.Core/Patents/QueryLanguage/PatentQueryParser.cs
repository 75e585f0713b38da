namespace SearchEngine.Patents.QueryLanguage;

/// <summary>
/// Recursive-descent parser of the patent query language:
/// <code>
/// query   := or
/// or      := and ( OR and )*
/// and     := unary ( [AND] unary )*          -- juxtaposition means AND
/// unary   := NOT unary | near
/// near    := primary ( (NEARn | ADJn) primary )*
/// primary := '(' or ')' | CODE ':' value | word | "phrase"
/// value   := '(' or ')' | word | "phrase" | '[' from TO to ']'
/// </code>
/// A field code applies to everything in its value, so <c>TI:(pin OR acquy)</c> searches titles only.
/// </summary>
internal sealed class PatentQueryParser
{
    private readonly List<QueryToken> _tokens;
    private int _pos;

    private PatentQueryParser(List<QueryToken> tokens) => _tokens = tokens;

    public static QueryNode Parse(string text)
    {
        var tokens = QueryLexer.Tokenize(text);
        QueryCostLimits.CheckTokens(text, tokens);
        var parser = new PatentQueryParser(tokens);
        if (parser.Peek.Kind == QueryTokenKind.End) throw new PatentQuerySyntaxException("the query is empty", 0);
        var node = parser.ParseOr(null);
        var t = parser.Peek;
        if (t.Kind == QueryTokenKind.RightParen) throw new PatentQuerySyntaxException("')' has no matching '('", t.Position);
        if (t.Kind != QueryTokenKind.End) throw new PatentQuerySyntaxException($"unexpected '{t.Text}'", t.Position);
        QueryCostLimits.CheckTree(node);
        return node;
    }

    /// <summary>
    /// The text as plain words, operators and punctuation removed: the fallback for pasted titles that
    /// happen not to be valid syntax (an unbalanced quote or parenthesis). Empty when no word is left.
    /// </summary>
    public static string PlainWords(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(c => char.IsLetterOrDigit(c) || c == '-').ToArray()))
            .Where(w => w.Length > 0 && w is not ("AND" or "OR" or "NOT") && !w.StartsWith("NEAR", StringComparison.Ordinal) && !w.StartsWith("ADJ", StringComparison.Ordinal)));

    private QueryToken Peek => _tokens[_pos];

    private QueryToken Next() => _tokens[_pos++];

    private QueryNode ParseOr(FieldCode? field)
    {
        var first = ParseAnd(field);
        if (Peek.Kind != QueryTokenKind.Or) return first;
        var items = new List<QueryNode> { first };
        while (Peek.Kind == QueryTokenKind.Or)
        {
            var op = Next();
            RequireOperand(op, "OR");
            items.Add(ParseAnd(field));
        }

        return new OrNode(first.Position, items);
    }

    private QueryNode ParseAnd(FieldCode? field)
    {
        var first = ParseUnary(field);
        var items = new List<QueryNode> { first };
        while (true)
        {
            if (Peek.Kind == QueryTokenKind.And)
            {
                var op = Next();
                RequireOperand(op, "AND");
                items.Add(ParseUnary(field));
            }
            else if (StartsOperand(Peek.Kind))
            {
                items.Add(ParseUnary(field));
            }
            else
            {
                break;
            }
        }

        return items.Count == 1 ? first : new AndNode(first.Position, items);
    }

    private QueryNode ParseUnary(FieldCode? field)
    {
        if (Peek.Kind != QueryTokenKind.Not) return ParseNear(field);
        var op = Next();
        RequireOperand(op, "NOT");
        return new NotNode(op.Position, ParseUnary(field));
    }

    private QueryNode ParseNear(FieldCode? field)
    {
        var left = ParsePrimary(field);
        while (Peek.Kind == QueryTokenKind.Near)
        {
            var op = Next();
            RequireOperand(op, op.Text);
            var right = ParsePrimary(field);
            left = new NearNode(op.Position, left, right, op.Distance, op.Ordered);
        }

        return left;
    }

    private QueryNode ParsePrimary(FieldCode? field)
    {
        var t = Next();
        switch (t.Kind)
        {
            case QueryTokenKind.LeftParen:
                if (Peek.Kind == QueryTokenKind.RightParen) throw new PatentQuerySyntaxException("empty parentheses", t.Position);
                var inner = ParseOr(field);
                if (Peek.Kind != QueryTokenKind.RightParen) throw new PatentQuerySyntaxException("'(' is never closed with ')'", t.Position);
                Next();
                return inner;
            case QueryTokenKind.Word:
                return Word(t, field);
            case QueryTokenKind.Phrase:
                if (t.Text.Trim().Length == 0) throw new PatentQuerySyntaxException("empty phrase", t.Position);
                return new PhraseNode(t.Position, field, t.Text);
            case QueryTokenKind.Field:
                return FieldValue(t);
            case QueryTokenKind.RightParen:
                throw new PatentQuerySyntaxException("')' has no matching '('", t.Position);
            case QueryTokenKind.End:
                throw new PatentQuerySyntaxException("the query ends where a word was expected", t.Position);
            default:
                throw new PatentQuerySyntaxException($"{t.Text.ToUpperInvariant() switch { "" => t.Kind.ToString().ToUpperInvariant(), var s => s }} needs a word before it", t.Position);
        }
    }

    private QueryNode FieldValue(QueryToken fieldToken)
    {
        var code = Enum.Parse<FieldCode>(fieldToken.Text);
        var v = Peek;
        switch (v.Kind)
        {
            case QueryTokenKind.Range:
                Next();
                if (code != FieldCode.PD) throw new PatentQuerySyntaxException($"ranges are only for PD, not {code}", v.Position);
                return ParseRange(v, code);
            case QueryTokenKind.LeftParen or QueryTokenKind.Word or QueryTokenKind.Phrase:
                return ParsePrimary(code);
            default:
                throw new PatentQuerySyntaxException($"field code {code}: needs a value right after the colon", fieldToken.Position);
        }
    }

    private static QueryNode ParseRange(QueryToken t, FieldCode code)
    {
        var parts = t.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || parts[1] != "TO") throw new PatentQuerySyntaxException("a range is written [from TO to], e.g. PD:[2015 TO 2020]", t.Position);
        return new RangeNode(t.Position, code, parts[0] == "*" ? null : parts[0], parts[2] == "*" ? null : parts[2]);
    }

    private static TermNode Word(QueryToken t, FieldCode? field)
    {
        var w = t.Text;
        var star = w.IndexOf('*');
        var isPrefix = star >= 0;
        if (isPrefix && star != w.Length - 1) throw new PatentQuerySyntaxException("only a trailing * wildcard is supported", t.Position + star);
        if (w.Contains('?')) throw new PatentQuerySyntaxException("? wildcards are not supported; use a trailing *", t.Position + w.IndexOf('?'));
        var text = isPrefix ? w[..^1] : w;
        if (isPrefix && text.Length < 2) throw new PatentQuerySyntaxException("a wildcard needs at least two letters before *", t.Position);
        return new TermNode(t.Position, field, text, isPrefix);
    }

    private void RequireOperand(QueryToken op, string name)
    {
        if (StartsOperand(Peek.Kind)) return;
        if (Peek.Kind == QueryTokenKind.End) throw new PatentQuerySyntaxException($"{name} needs a word after it", op.Position);
        throw new PatentQuerySyntaxException($"{name} is followed by {Describe(Peek)}", Peek.Position);
    }

    private static string Describe(QueryToken t) => t.Kind switch
    {
        QueryTokenKind.RightParen => "')'",
        QueryTokenKind.And or QueryTokenKind.Or or QueryTokenKind.Not or QueryTokenKind.Near => "another operator",
        _ => t.Kind.ToString(),
    };

    private static bool StartsOperand(QueryTokenKind k) =>
        k is QueryTokenKind.Word or QueryTokenKind.Phrase or QueryTokenKind.Field or QueryTokenKind.LeftParen or QueryTokenKind.Not;
}
