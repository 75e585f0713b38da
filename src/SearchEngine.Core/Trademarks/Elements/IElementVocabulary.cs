namespace SearchEngine.Trademarks.Elements;

/// <summary>How many marks of the register hold an element, and how many marks there are: the measure of distinctiveness.</summary>
public interface IElementVocabulary
{
    int MarkCount { get; }

    /// <summary>Marks holding <paramref name="key"/> (folded) as a whole word or number element.</summary>
    int DocumentFrequency(string key);
}
