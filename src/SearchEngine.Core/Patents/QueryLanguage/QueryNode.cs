namespace SearchEngine.Patents.QueryLanguage;

/// <summary>The parsed form of a query, before it is turned into Lucene queries per language.</summary>
internal abstract record QueryNode(int Position);

/// <summary>One word, optionally a trailing-wildcard prefix (<c>batter*</c>).</summary>
internal sealed record TermNode(int Position, FieldCode? Field, string Text, bool IsPrefix) : QueryNode(Position);

internal sealed record PhraseNode(int Position, FieldCode? Field, string Text) : QueryNode(Position);

/// <summary><c>PD:[2015 TO 2020]</c>; a null bound is open.</summary>
internal sealed record RangeNode(int Position, FieldCode Field, string? Lower, string? Upper) : QueryNode(Position);

internal sealed record AndNode(int Position, IReadOnlyList<QueryNode> Items) : QueryNode(Position);

internal sealed record OrNode(int Position, IReadOnlyList<QueryNode> Items) : QueryNode(Position);

internal sealed record NotNode(int Position, QueryNode Operand) : QueryNode(Position);

/// <summary><c>a NEARn b</c> (any order) or <c>a ADJn b</c> (in order): at most n words apart.</summary>
internal sealed record NearNode(int Position, QueryNode Left, QueryNode Right, int Distance, bool Ordered) : QueryNode(Position);
