namespace SearchEngine.Text;

/// <summary>A surface token: its text exactly as written, and where it is in the input (End is exclusive).</summary>
public readonly record struct TextToken(string Text, int Start, int End, TokenKind Kind)
{
}
