namespace SearchEngine.Phonetics;

/// <summary>
/// A toneless broad IPA transcription of one syllable: onset, labial glide, nucleus, final.
/// Two syllables sound alike (tones aside) exactly when their sounds are equal.
/// </summary>
/// <param name="Onset">IPA onset, "" for a vowel onset (the glottal stop is predictable, so left out).</param>
/// <param name="Labial">True when /w/ follows the onset (or is the onset).</param>
/// <param name="Nucleus">IPA vowel, with ː for length where the dialect contrasts it.</param>
/// <param name="Coda">IPA final consonant or glide, "" when open.</param>
public readonly record struct SyllableSound(string Onset, bool Labial, string Nucleus, string Coda)
{
    /// <summary>The transcription as one string, e.g. "zaːŋ" or "hwaːŋ".</summary>
    public override string ToString() => string.Concat(Onset, Labial ? "w" : "", Nucleus, Coda);
}
