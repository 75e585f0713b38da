namespace SearchEngine.Patents.QueryLanguage;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    Range,
    LeftParen,
    RightParen,
    And,
    Or,
    Not,
    Near,
    End,
}

/// <summary>
/// One lexical token. <see cref="Text"/> holds the word, phrase text, field code or range body;
/// <see cref="Distance"/> and <see cref="Ordered"/> describe a NEARn/ADJn operator.
/// </summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, int Position, string Text = "", int Distance = 0, bool Ordered = false);
