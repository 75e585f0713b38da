namespace SearchEngine.Text.Segmentation;

/// <summary>
/// What dictionary matching alone says about each gap of a run: maximal matching (fewest words), greedy
/// longest matching left to right and right to left, and the longest dictionary word covering the gap.
/// The boundary model weighs these against each other and against context.
/// </summary>
internal sealed class DictionaryDecisions
{
    public DictionaryDecisions(SyllableRun run, bool folded)
        : this(run, folded ? run.FoldedWordLengths : run.WordLengths)
    {
    }

    /// <param name="run">The run.</param>
    /// <param name="lengths">Per token, the lengths of the words starting there as bits (see <see cref="SyllableRun.WordLengths"/>).</param>
    public DictionaryDecisions(SyllableRun run, ushort[] lengths)
    {
        var n = run.Count;
        var gaps = Math.Max(0, n - 1);
        Maximal = new bool[gaps];
        Forward = new bool[gaps];
        Backward = new bool[gaps];
        CoverLength = new byte[gaps];
        CoverOffset = new byte[gaps];
        EndingAt = new byte[n];
        StartingAt = new byte[n];
        if (n == 0) return;

        for (var i = 0; i < n; i++)
        {
            for (var len = 2; len <= SyllableRun.MaxWordLength; len++)
            {
                if ((lengths[i] & (1 << len)) == 0) continue;
                StartingAt[i] = (byte)Math.Max(StartingAt[i], len);
                var last = i + len - 1;
                EndingAt[last] = (byte)Math.Max(EndingAt[last], len);
                for (var g = i; g < last; g++)
                {
                    if (len > CoverLength[g])
                    {
                        CoverLength[g] = (byte)len;
                        CoverOffset[g] = (byte)(g - i);
                    }
                }
            }
        }

        // Fewest words; on a tie the first word is the longest (lengths are tried longest first).
        var best = new int[n + 1];
        var next = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = 1 + best[i + 1];
            next[i] = 1;
            for (var len = 2; len <= SyllableRun.MaxWordLength; len++)
            {
                if ((lengths[i] & (1 << len)) == 0) continue;
                if (1 + best[i + len] < best[i] || (1 + best[i + len] == best[i] && len > next[i]))
                {
                    best[i] = 1 + best[i + len];
                    next[i] = len;
                }
            }
        }

        for (var i = 0; i < n; i += next[i])
        {
            for (var g = i; g < i + next[i] - 1; g++) Maximal[g] = true;
        }

        for (var i = 0; i < n;)
        {
            var len = Math.Max(1, (int)StartingAt[i]);
            for (var g = i; g < i + len - 1; g++) Forward[g] = true;
            i += len;
        }

        for (var j = n - 1; j >= 0;)
        {
            var len = Math.Max(1, (int)EndingAt[j]);
            for (var g = j - len + 1; g < j; g++) Backward[g] = true;
            j -= len;
        }
    }

    public bool[] Maximal { get; }

    public bool[] Forward { get; }

    public bool[] Backward { get; }

    public byte[] CoverLength { get; }

    public byte[] CoverOffset { get; }

    /// <summary>Length of the longest dictionary word ending at each token (0: none of 2+ syllables).</summary>
    public byte[] EndingAt { get; }

    /// <summary>Length of the longest dictionary word starting at each token (0: none of 2+ syllables).</summary>
    public byte[] StartingAt { get; }
}
