namespace SearchEngine.Text;

/// <summary>
/// Dictionary segmentation of a run of syllables into the fewest words (ties go to the split whose first
/// word is longest), the classic baseline for Vietnamese; <see cref="WordSegmenter"/> uses it as one signal.
/// </summary>
internal static class MaximalMatching
{
    /// <summary>For each gap k (between syllable k and k+1), true when the best split joins across it.</summary>
    public static bool[] Joins(IReadOnlyList<string> syllables, VietnameseDictionary dictionary)
    {
        var n = syllables.Count;
        var joins = new bool[Math.Max(0, n - 1)];
        if (n < 2) return joins;
        var longest = LongestWords(syllables, dictionary);

        // best[i] = fewest words covering syllables[i..]; next[i] = length of the first word of that cover.
        var best = new int[n + 1];
        var next = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = int.MaxValue;
            for (var len = longest[i]; len >= 1; len--)
            {
                if (len > 1 && !IsWord(syllables, i, len, dictionary)) continue;
                var cost = 1 + best[i + len];
                if (cost < best[i])
                {
                    best[i] = cost;
                    next[i] = len;
                }
            }
        }

        for (var i = 0; i < n; i += next[i])
        {
            for (var k = i; k < i + next[i] - 1; k++) joins[k] = true;
        }

        return joins;
    }

    /// <summary>For each syllable, the length of the longest dictionary word that starts there (at least 1).</summary>
    public static int[] LongestWords(IReadOnlyList<string> syllables, VietnameseDictionary dictionary)
    {
        var n = syllables.Count;
        var longest = new int[n];
        for (var i = 0; i < n; i++)
        {
            longest[i] = 1;
            for (var len = Math.Min(dictionary.MaxSyllables, n - i); len >= 2; len--)
            {
                if (IsWord(syllables, i, len, dictionary))
                {
                    longest[i] = len;
                    break;
                }
            }
        }

        return longest;
    }

    public static bool IsWord(IReadOnlyList<string> syllables, int start, int length, VietnameseDictionary dictionary)
    {
        if (length == 1) return dictionary.Contains(syllables[start]);
        return dictionary.Contains(string.Join(' ', syllables.Skip(start).Take(length)));
    }
}
