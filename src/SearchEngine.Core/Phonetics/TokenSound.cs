namespace SearchEngine.Phonetics;

/// <summary>How a token sounds, which decides the phonetic encoders it gets.</summary>
public enum TokenSound
{
    /// <summary>No letters to say (digits, symbols, other scripts).</summary>
    None,
    /// <summary>A Vietnamese syllable written with its marks, or one no foreign word could be.</summary>
    Vietnamese,
    /// <summary>A Latin-script word that is no Vietnamese syllable.</summary>
    Foreign,
    /// <summary>An unaccented Vietnamese syllable that may also be a foreign word (Nam, Long, Sun).</summary>
    Ambiguous,
}
