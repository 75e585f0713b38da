using Lucene.Net.Analysis;

namespace SearchEngine.Phonetics.Analysis;

/// <summary>
/// The per-token choice for trademark fields: Vietnamese syllables get Vietnamese keys, foreign words
/// Double Metaphone codes, unaccented syllables that may be either (Nam, Long, Sun) both kinds. The two
/// kinds never collide: Vietnamese keys carry a lower-case dialect prefix, Metaphone codes are upper case.
/// </summary>
public sealed class MarkPhoneticFilter(TokenStream input, bool inject = false) : PhoneticKeyFilter(input, inject)
{
    protected override IReadOnlyList<string> KeysOf(string term) => PhoneticEncoder.MarkKeys(term);
}
