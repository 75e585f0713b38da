namespace SearchEngine.Text;

/// <summary>
/// A surface token by position alone: a <see cref="TextToken"/> without its text, so the full-text analyzer's
/// hot path cuts no substring per token.
/// </summary>
internal readonly record struct TokenSpan(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}
