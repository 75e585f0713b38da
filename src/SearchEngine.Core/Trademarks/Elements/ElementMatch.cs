namespace SearchEngine.Trademarks.Elements;

/// <summary>How two elements meet, strongest first; the quality of each is what the alignment adds up.</summary>
internal enum ElementMatchKind
{
    None,
    Sound,
    Spelling,
    Contained,
    Same,
}

internal readonly record struct ElementMatch(ElementMatchKind Kind, double Quality, MarkElement? Other)
{
    public static readonly ElementMatch None = new(ElementMatchKind.None, 0, null);
}
