using SearchEngine.Phonetics;

namespace SearchEngine.Trademarks.Elements;

/// <summary>
/// Sound keys of elements for one search (Double Metaphone for any word, Vietnamese keys for a syllable
/// written as one), each element encoded once.
/// </summary>
internal sealed class ElementSounds
{
    /// <summary>
    /// Shortest Double Metaphone code compared: two-letter codes (the Spanish reading of PARRILLA is "PR")
    /// are shared by hundreds of unrelated words.
    /// </summary>
    public const int MinCode = 3;

    private readonly Dictionary<string, HashSet<string>> _keys = new(StringComparer.Ordinal);

    public bool Alike(MarkElement a, MarkElement b)
    {
        var ka = Keys(a);
        return ka.Count > 0 && Keys(b).Overlaps(ka);
    }

    private HashSet<string> Keys(MarkElement e)
    {
        if (_keys.TryGetValue(e.Key, out var keys)) return keys;
        keys = new HashSet<string>(StringComparer.Ordinal);
        if (e.Key.All(char.IsAsciiLetter))
        {
            foreach (var k in PhoneticEncoder.MetaphoneCodes(e.Key))
            {
                if (k.Length >= MinCode) keys.Add("m:" + k);
            }

            if (PhoneticEncoder.Classify(e.Key) != TokenSound.Foreign)
            {
                foreach (var k in PhoneticEncoder.VietnameseReadingKeys(e.Key)) keys.Add("v:" + k);
            }
        }

        _keys[e.Key] = keys;
        return keys;
    }
}
