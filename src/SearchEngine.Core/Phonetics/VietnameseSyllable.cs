using SearchEngine.Text;

namespace SearchEngine.Phonetics;

/// <summary>
/// One written Vietnamese syllable split into its phonological slots, in lower-case toneless spelling.
/// Spelling variants that are one sound are already folded here (k/q → c, gh → g, ngh → ng, y → i as a
/// vowel, ia/ya → iê, ua → uô, ưa → ươ, oa/ua glide → medial), so two syllables with equal slots sound
/// alike in every dialect.
/// </summary>
/// <param name="Onset">Initial consonant: "", b c ch d đ g gi h kh l m n ng nh p ph r s t th tr v x.</param>
/// <param name="Medial">True when a labial glide /w/ follows the onset (written o or u: hoa, qua, tuy).</param>
/// <param name="Nucleus">Main vowel: a ă â e ê i o ô ơ u ư, the diphthongs iê uô ươ, or the long oo ôô.</param>
/// <param name="Coda">Final: "", m n ng nh p t c ch, or the glides i (for i/y) and u (for o/u).</param>
/// <param name="Tone">The tone mark, or <see cref="Tone.Level"/> when none is written.</param>
/// <param name="StandardSpelling">False when the letters parse but break a spelling rule (e.g. "ke" written "ce").</param>
public sealed record VietnameseSyllable(string Onset, bool Medial, string Nucleus, string Coda, Tone Tone, bool StandardSpelling)
{
    /// <summary>A readable slot view, e.g. "h|w|a|ng" for hoàng.</summary>
    public override string ToString() => $"{Onset}|{(Medial ? "w" : "")}|{Nucleus}|{Coda}";
}
