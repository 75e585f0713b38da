namespace SearchEngine.Trademarks.Comparison;

/// <summary>Edit distances and Jaro-Winkler on short strings (marks), allocation-light.</summary>
internal static class StringDistance
{
    /// <summary>Optimal-string-alignment Damerau-Levenshtein: an adjacent swap ("Eclipes") counts as one edit.</summary>
    public static int Damerau(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var cols = b.Length + 1;
        Span<int> rows = cols * 3 <= 1024 ? stackalloc int[cols * 3] : new int[cols * 3];
        var prev2 = rows[..cols];
        var prev = rows.Slice(cols, cols);
        var cur = rows.Slice(2 * cols, cols);
        for (var j = 0; j < cols; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
            }

            var recycled = prev2;
            prev2 = prev;
            prev = cur;
            cur = recycled;
        }

        return prev[b.Length];
    }

    /// <summary>Plain Levenshtein (insert, delete, substitute).</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }

    /// <summary>1 − distance / longer length, in [0, 1].</summary>
    public static double Similarity(int distance, int lengthA, int lengthB)
    {
        var max = Math.Max(lengthA, lengthB);
        return max == 0 ? 1 : 1 - (double)distance / max;
    }

    /// <summary>Jaro-Winkler similarity (prefix scale 0.1, up to 4 leading characters).</summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0) return 1;
        if (a.Length == 0 || b.Length == 0) return 0;
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> matchedA = a.Length <= 256 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> matchedB = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - window);
            var hi = Math.Min(b.Length - 1, i + window);
            for (var j = lo; j <= hi; j++)
            {
                if (matchedB[j] || a[i] != b[j]) continue;
                matchedA[i] = matchedB[j] = true;
                matches++;
                break;
            }
        }

        if (matches == 0) return 0;
        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i]) continue;
            while (!matchedB[k]) k++;
            if (a[i] != b[k]) transpositions++;
            k++;
        }

        var m = (double)matches;
        var jaro = (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3;
        var prefix = 0;
        for (var i = 0; i < Math.Min(4, Math.Min(a.Length, b.Length)) && a[i] == b[i]; i++) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /// <summary>
    /// Damerau distance on normalised (toned) text where two letters that differ only by their marks
    /// (a/á/ă, d/đ) cost <paramref name="markCost"/> instead of a full edit: "Sâu Xám" is then one edit
    /// from "Sâu Sám" but further from "Sau Sam", which plain folded distance cannot tell apart.
    /// </summary>
    public static double MarkAwareDamerau(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double markCost)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        Span<char> fa = a.Length <= 256 ? stackalloc char[a.Length] : new char[a.Length];
        Span<char> fb = b.Length <= 256 ? stackalloc char[b.Length] : new char[b.Length];
        for (var i = 0; i < a.Length; i++) fa[i] = FoldLetter(a[i]);
        for (var j = 0; j < b.Length; j++) fb[j] = FoldLetter(b[j]);
        var cols = b.Length + 1;
        Span<double> rows = cols * 3 <= 768 ? stackalloc double[cols * 3] : new double[cols * 3];
        var prev2 = rows[..cols];
        var prev = rows.Slice(cols, cols);
        var cur = rows.Slice(2 * cols, cols);
        for (var j = 0; j < cols; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var ai = a[i - 1];
            var fai = fa[i - 1];
            for (var j = 1; j <= b.Length; j++)
            {
                var bj = b[j - 1];
                var cost = ai == bj ? 0 : fai == fb[j - 1] ? markCost : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[j - 2] && a[i - 2] == bj) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
            }

            var recycled = prev2;
            prev2 = prev;
            prev = cur;
            cur = recycled;
        }

        return prev[b.Length];
    }

    private static char FoldLetter(char c) =>
        c < 0x80 ? c : SearchEngine.Text.VietnameseLetters.TryDecompose(c, out var toneless, out _, out _) ? SearchEngine.Text.VietnameseLetters.FoldToAscii(toneless) : c;
}
