namespace SearchEngine.Text.Segmentation;

/// <summary>
/// What dictionary matching alone says about each gap of a run: maximal matching (fewest words), greedy
/// longest matching left to right and right to left, and the longest dictionary word covering the gap.
/// The boundary model weighs these against each other and against context. Reusable like <see cref="SyllableRun"/>:
/// <see cref="Fill"/> decides the next run in the same arrays.
/// </summary>
internal sealed class DictionaryDecisions
{
    /// <summary>Decides <paramref name="run"/>; the arrays then hold its gaps and tokens first (they may be longer).</summary>
    public void Fill(SyllableRun run, ushort[] lengths)
    {
        var n = run.Count;
        var gaps = Math.Max(0, n - 1);
        if (_best.Length < n + 1) Grow(n);

        // Locals, not properties: the JIT then keeps the arrays in registers across the loops.
        var maximal = Maximal;
        var forward = Forward;
        var backward = Backward;
        var coverLength = CoverLength;
        var coverOffset = CoverOffset;
        var endingAt = EndingAt;
        var startingAt = StartingAt;
        maximal.AsSpan(0, gaps).Clear();
        forward.AsSpan(0, gaps).Clear();
        backward.AsSpan(0, gaps).Clear();
        coverLength.AsSpan(0, gaps).Clear();
        coverOffset.AsSpan(0, gaps).Clear();
        endingAt.AsSpan(0, n).Clear();
        startingAt.AsSpan(0, n).Clear();
        if (n == 0) return;

        // Bit L of lengths[i] is a word of L syllables starting at i; visiting the set bits from the lowest
        // is visiting the lengths in increasing order.
        for (var i = 0; i < n; i++)
        {
            for (uint bits = lengths[i]; bits != 0; bits &= bits - 1)
            {
                var len = System.Numerics.BitOperations.TrailingZeroCount(bits);
                startingAt[i] = (byte)Math.Max(startingAt[i], len);
                var last = i + len - 1;
                endingAt[last] = (byte)Math.Max(endingAt[last], len);
                for (var g = i; g < last; g++)
                {
                    if (len > coverLength[g])
                    {
                        coverLength[g] = (byte)len;
                        coverOffset[g] = (byte)(g - i);
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
            for (uint bits = lengths[i]; bits != 0; bits &= bits - 1)
            {
                var len = System.Numerics.BitOperations.TrailingZeroCount(bits);
                if (1 + best[i + len] < best[i] || (1 + best[i + len] == best[i] && len > next[i]))
                {
                    best[i] = 1 + best[i + len];
                    next[i] = len;
                }
            }
        }

        for (var i = 0; i < n; i += next[i])
        {
            for (var g = i; g < i + next[i] - 1; g++) maximal[g] = true;
        }

        for (var i = 0; i < n;)
        {
            var len = Math.Max(1, (int)startingAt[i]);
            for (var g = i; g < i + len - 1; g++) forward[g] = true;
            i += len;
        }

        for (var j = n - 1; j >= 0;)
        {
            var len = Math.Max(1, (int)endingAt[j]);
            for (var g = j - len + 1; g < j; g++) backward[g] = true;
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
