using System.Globalization;

namespace SearchEngine.Patents.QueryLanguage;

/// <summary>
/// What one patent query may ask of the index, checked before it runs. Each word becomes a term or span
/// query per text field and language, a NEAR chain nests span queries inside each other, a wildcard expands
/// to every matching word: left unbounded, one request of a few kilobytes kept a core busy for a minute.
/// The limits sit far above what an examiner writes (the longest queries of the evaluation sets have under
/// 30 words), and each refusal names its limit so the query can be cut down.
/// </summary>
public static class QueryCostLimits
{
    /// <summary>Characters of query text.</summary>
    public const int MaxQueryLength = 10_000;
    /// <summary>Words, counting every word of a phrase.</summary>
    public const int MaxTerms = 64;
    /// <summary>Operands of AND/OR/NOT, words and groups alike.</summary>
    public const int MaxClauses = 96;
    /// <summary>Words and groups joined by NEAR/ADJ into one proximity expression.</summary>
    public const int MaxNearOperands = 8;
    /// <summary>Parentheses and NOTs inside each other.</summary>
    public const int MaxDepth = 16;
    /// <summary>Trailing-* wildcards in one query.</summary>
    public const int MaxWildcards = 8;
    /// <summary>Words one wildcard may stand for inside NEAR/ADJ (the span rewrite's clause limit).</summary>
    public const int MaxWildcardExpansions = 1024;
    /// <summary>Characters of text for a like-this (prior art from pasted text) search.</summary>
    public const int MaxLikeThisLength = PatentLibrary.MaxTextLength;

    /// <summary>
    /// Throws <see cref="QueryCostException"/> (or <see cref="PatentQuerySyntaxException"/>) for a query that
    /// would be refused anyway: a host calls it before queueing the query for a search slot, so a refusal is
    /// answered at once rather than after waiting behind the searches that do run.
    /// </summary>
    public static void Check(string query) => PatentQueryParser.Parse(query);

    /// <summary>Refuses text too long or nested too deep, before the recursive-descent parser recurses into it.</summary>
    internal static void CheckTokens(string text, IReadOnlyList<QueryToken> tokens)
    {
        int depth = 0, notRun = 0;
        foreach (var t in tokens)
        {
            switch (t.Kind)
            {
                case QueryTokenKind.LeftParen: depth++; break;
                case QueryTokenKind.RightParen: depth = Math.Max(0, depth - 1); break;
                case QueryTokenKind.Not: notRun++; break;
            }

            if (t.Kind != QueryTokenKind.Not && t.Kind != QueryTokenKind.LeftParen) notRun = 0;
            if (depth + notRun > MaxDepth) throw Refused("nesting depth", "the query nests parentheses or NOTs too deep", MaxDepth, "levels");
        }

        if (text.Length > MaxQueryLength) throw Refused("query length", $"the query is {text.Length:N0} characters long", MaxQueryLength, "characters");
    }

    /// <summary>Refuses a parsed query with too many words, clauses, NEAR operands or wildcards.</summary>
    internal static void CheckTree(QueryNode root)
    {
        int terms = 0, clauses = 0, wildcards = 0;
        Walk(root);
        if (terms > MaxTerms) throw Refused("terms", $"the query has {terms:N0} words", MaxTerms, "words");
        if (clauses > MaxClauses) throw Refused("clauses", $"the query has {clauses:N0} clauses", MaxClauses, "clauses");
        if (wildcards > MaxWildcards) throw Refused("wildcards", $"the query has {wildcards:N0} wildcards", MaxWildcards, "wildcards");

        void Walk(QueryNode node)
        {
            switch (node)
            {
                case TermNode t:
                    terms++;
                    if (t.IsPrefix) wildcards++;
                    break;
                case PhraseNode p:
                    terms += Math.Max(1, p.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
                    break;
                case AndNode a:
                    clauses += a.Items.Count;
                    foreach (var i in a.Items) Walk(i);
                    break;
                case OrNode o:
                    clauses += o.Items.Count;
                    foreach (var i in o.Items) Walk(i);
                    break;
                case NotNode n:
                    clauses++;
                    Walk(n.Operand);
                    break;
                case NearNode n:
                    var operands = NearOperands(n);
                    if (operands > MaxNearOperands) throw Refused("NEAR/ADJ operands", $"one NEAR/ADJ expression joins {operands:N0} operands", MaxNearOperands, "operands");
                    Walk(n.Left);
                    Walk(n.Right);
                    break;
            }
        }
    }

    /// <summary>The answer when a wildcard inside NEAR/ADJ stands for more words than a span query may hold.</summary>
    internal static SearchEngineException TooManyExpansions() =>
        Refused("wildcard expansions", "a wildcard inside NEAR/ADJ matches too many words", MaxWildcardExpansions, "words per wildcard and field; add letters before the *");

    private static int NearOperands(QueryNode node) => node switch
    {
        NearNode n => NearOperands(n.Left) + NearOperands(n.Right),
        OrNode o => o.Items.Sum(NearOperands),
        _ => 1,
    };

    private static QueryCostException Refused(string limit, string found, int max, string unit) =>
        new(limit, $"{found}; the limit is {max.ToString("N0", CultureInfo.InvariantCulture)} {unit} (query cost limit: {limit})");
}
