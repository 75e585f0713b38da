namespace SearchEngine.Phonetics;

/// <summary>Pair recall and precision of phonetic keys against a reference transcription.</summary>
/// <param name="Syllables">Syllables compared.</param>
/// <param name="ReferencePairs">Pairs the reference transcribes alike in some dialect.</param>
/// <param name="KeyPairs">Pairs that share at least one key.</param>
/// <param name="SharedPairs">Pairs in both sets.</param>
public sealed record PairAgreement(int Syllables, long ReferencePairs, long KeyPairs, long SharedPairs)
{
    /// <summary>Share of the reference's alike pairs that also share a key (1 when there are none).</summary>
    public double Recall => ReferencePairs == 0 ? 1 : (double)SharedPairs / ReferencePairs;

    /// <summary>Share of the key-sharing pairs that the reference transcribes alike (1 when there are none).</summary>
    public double Precision => KeyPairs == 0 ? 1 : (double)SharedPairs / KeyPairs;

    /// <summary>
    /// Compares <paramref name="keysOf"/> with a reference: each syllable's transcriptions, one per dialect
    /// (tones already removed). Two syllables are alike when some dialect column holds equal strings.
    /// Syllables repeated in the input count once.
    /// </summary>
    public static PairAgreement Measure(
        IReadOnlyList<(string Syllable, IReadOnlyList<string> Transcriptions)> reference,
        Func<string, IReadOnlyList<string>> keysOf,
        ICollection<(string A, string B)>? missed = null,
        ICollection<(string A, string B)>? extra = null)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var referenceGroups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keyGroups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (syllable, transcriptions) in reference)
        {
            if (index.ContainsKey(syllable)) continue;
            var id = names.Count;
            index[syllable] = id;
            names.Add(syllable);
            for (var d = 0; d < transcriptions.Count; d++)
            {
                if (transcriptions[d].Length > 0) Add(referenceGroups, d + "\u0001" + transcriptions[d], id);
            }

            foreach (var key in keysOf(syllable)) Add(keyGroups, key, id);
        }

        var truth = Pairs(referenceGroups);
        var keyed = Pairs(keyGroups);
        long shared = 0;
        foreach (var p in keyed)
        {
            if (truth.Contains(p)) shared++;
            else extra?.Add((names[(int)(p >> 32)], names[(int)(p & 0xffffffff)]));
        }

        if (missed is not null)
        {
            foreach (var p in truth)
            {
                if (!keyed.Contains(p)) missed.Add((names[(int)(p >> 32)], names[(int)(p & 0xffffffff)]));
            }
        }

        return new PairAgreement(names.Count, truth.Count, keyed.Count, shared);
    }

    private static void Add(Dictionary<string, List<int>> groups, string key, int id)
    {
        if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }

    private static HashSet<long> Pairs(Dictionary<string, List<int>> groups)
    {
        var pairs = new HashSet<long>();
        foreach (var members in groups.Values)
        {
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    var (a, b) = members[i] < members[j] ? (members[i], members[j]) : (members[j], members[i]);
                    pairs.Add(((long)a << 32) | (uint)b);
                }
            }
        }

        return pairs;
    }
}
