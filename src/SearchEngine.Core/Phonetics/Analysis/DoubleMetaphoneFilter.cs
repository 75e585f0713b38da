using Lucene.Net.Analysis;

namespace SearchEngine.Phonetics.Analysis;

/// <summary>Emits the Double Metaphone codes (primary, and alternate when it differs) of each Latin word token.</summary>
public sealed class DoubleMetaphoneFilter(TokenStream input, bool inject = false) : PhoneticKeyFilter(input, inject)
{
    protected override IReadOnlyList<string> KeysOf(string term) => PhoneticEncoder.MetaphoneCodes(term);
}
