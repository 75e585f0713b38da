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
/// <see cref="Toned"/> the same word lower-cased with its tones (a syllable differing only by its tone is not the same);
/// <see cref="Rarity"/> how rare the key is among the register's marks (0–1); <see cref="Weight"/> its
/// distinctiveness in this mark, the rarity lowered for descriptive words, syllables and compound pieces.
/// </summary>
public sealed record MarkElement(string Key, string Written, string Toned, ElementKind Kind, double Rarity, double Weight, bool Descriptive);
