using SearchEngine.Text.Segmentation;

namespace SearchEngine.Text;

/// <summary>One word found by the segmenter: one or more consecutive surface tokens (a compound has several).</summary>
public sealed record SegmentedWord(IReadOnlyList<TextToken> Tokens)
{
    /// <summary>Normalised and folded forms of the word's tokens, when the segmenter computed them (null for punctuation).</summary>
    internal SyllableInfo[]? Infos { get; init; }

    public int Start => Tokens[0].Start;

    public int End => Tokens[^1].End;

    public bool IsCompound => Tokens.Count > 1;

    public TokenKind Kind => Tokens.Count > 1 ? TokenKind.Word : Tokens[0].Kind;

    /// <summary>The treebank spelling: surface syllables joined by '_'.</summary>
    public string Underscored => Tokens.Count == 1 ? Tokens[0].Text : string.Join('_', Tokens.Select(t => t.Text));
}
