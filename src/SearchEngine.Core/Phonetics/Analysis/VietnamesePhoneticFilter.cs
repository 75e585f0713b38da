using Lucene.Net.Analysis;

namespace SearchEngine.Phonetics.Analysis;

/// <summary>
/// Emits the Vietnamese dialect keys of each syllable token. With <c>readings</c>, unaccented tokens get
/// the keys of every plausible accented reading (for marks typed without diacritics); otherwise a token
/// is keyed exactly as written. Tokens that are no Vietnamese syllable get no key.
/// </summary>
public sealed class VietnamesePhoneticFilter(TokenStream input, bool readings = true, bool inject = false)
    : PhoneticKeyFilter(input, inject)
{
    protected override IReadOnlyList<string> KeysOf(string term) =>
        readings ? PhoneticEncoder.VietnameseReadingKeys(term) : PhoneticEncoder.VietnameseKeys(term);
}
