namespace SearchEngine.Trademarks.Elements;

/// <summary>
/// Articles, prepositions and conjunctions of the languages marks are filed in (Vietnamese, English,
/// French, Spanish, Portuguese, German, Italian), folded. They join a mark's words ("BAR E ADEGA", "DE LA")
/// but never distinguish one trade origin from another, so they are no element. Written for this project.
/// </summary>
public static class FunctionWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // Vietnamese (only words that cannot be the distinctive part of a mark)
        "va", "cua", "cac", "nhung", "voi", "la", "o", "tai", "cho",
        // English
        "the", "a", "an", "and", "of", "for", "to", "in", "on", "at", "by", "with", "from", "or", "n",
        // French
        "le", "les", "des", "du", "de", "et", "un", "une", "au", "aux", "pour", "par", "sur", "en", "l", "d",
        // Spanish and Portuguese
        "el", "los", "las", "del", "y", "e", "o", "os", "as", "da", "das", "do", "dos", "na", "nas", "no",
        "nos", "em", "um", "uma", "para", "por", "con", "com", "al",
        // German
        "der", "die", "das", "den", "dem", "und", "von", "zu", "zum", "zur", "mit", "fur", "im", "am", "ein", "eine",
        // Italian
        "il", "lo", "gli", "di", "della", "delle", "dei", "ed", "per",
    };

    public static bool Contains(string foldedToken) => Words.Contains(foldedToken);
}
