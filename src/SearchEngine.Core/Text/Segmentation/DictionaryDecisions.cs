namespace SearchEngine.Text.Segmentation;

/// <summary>
/// What dictionary matching alone says about each gap of a run: maximal matching (fewest words), greedy
/// longest matching left to right and right to left, and the longest dictionary word covering the gap.
/// The boundary model weighs these against each other and against context. Reusable like <see cref="SyllableRun"/>:
/// <see cref="Fill"/> decides the next run in the same arrays.
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
        Fill(run, lengths);
    }

    /// <summary>Empty decisions whose arrays <see cref="Fill"/> grows as needed.</summary>
    public DictionaryDecisions()
    {
    }

    /// <summary>Decides <paramref name="run"/>; the arrays then hold its gaps and tokens first (they may be longer).</summary>
    public void Fill(SyllableRun run, ushort[] lengths)
    {
        var n = run.Count;
        var gaps = Math.Max(0, n - 1);
        if (_best.Length < n + 1) Grow(n);
        Maximal.AsSpan(0, gaps).Clear();
        Forward.AsSpan(0, gaps).Clear();
        Backward.AsSpan(0, gaps).Clear();
        CoverLength.AsSpan(0, gaps).Clear();
        CoverOffset.AsSpan(0, gaps).Clear();
        EndingAt.AsSpan(0, n).Clear();
        StartingAt.AsSpan(0, n).Clear();
        if (n == 0) return;

        for (var i = 0; i < n; i++)
        {
            if (lengths[i] == 0) continue; // most tokens start no word
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
        var best = _best;
        var next = _next;
        best[n] = 0;
        next[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            best[i] = 1 + best[i + 1];
            next[i] = 1;
            if (lengths[i] == 0) continue;
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

    private void Grow(int n)
    {
        var size = Math.Max(n + 1, _best.Length * 2);
        Maximal = new bool[size];
        Forward = new bool[size];
        Backward = new bool[size];
        CoverLength = new byte[size];
        CoverOffset = new byte[size];
        EndingAt = new byte[size];
        StartingAt = new byte[size];
        _best = new int[size];
        _next = new int[size];
    }

    private int[] _best = [];
    private int[] _next = [];

    public bool[] Maximal { get; private set; } = [];

    public bool[] Forward { get; private set; } = [];

    public bool[] Backward { get; private set; } = [];

    public byte[] CoverLength { get; private set; } = [];

    public byte[] CoverOffset { get; private set; } = [];

    /// <summary>Length of the longest dictionary word ending at each token (0: none of 2+ syllables).</summary>
    public byte[] EndingAt { get; private set; } = [];

    /// <summary>Length of the longest dictionary word starting at each token (0: none of 2+ syllables).</summary>
    public byte[] StartingAt { get; private set; } = [];
}
