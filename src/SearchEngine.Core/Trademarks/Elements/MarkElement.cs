namespace SearchEngine.Trademarks.Elements;

/// <summary>What an element is: a word of the mark, a piece of a compound word, or a number.</summary>
public enum ElementKind
{
    Word,
    Piece,
    Number,
}

/// <summary>
/// One element of a mark as an examiner reads it: a word, a piece of a compound (<c>NEWFENIX</c> → new,
/// fenix) or a number in canonical digits (<c>018</c>, <c>zero18</c> → 18). <see cref="Key"/> is folded;
/// <see cref="Written"/> is the word of the mark it comes from, normalised with its tones, for reasons;
/// <see cref="Weight"/> is its distinctiveness, 0 (says nothing about origin) to 1 (unique in the register).
/// </summary>
public sealed record MarkElement(string Key, string Written, ElementKind Kind, double Weight, bool Descriptive);
