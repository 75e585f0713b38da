namespace SearchEngine.Text.Segmentation;

/// <summary>
/// The hashed features of one gap (between token k and k+1 of a run): the syllables around it, their shapes,
/// and what the dictionary says. Each feature is a template number combined with its values and hashed into
/// the model's weight table, so extraction allocates nothing.
/// </summary>
internal static class BoundaryFeatures
{
    public const int Capacity = 48;
    private const ulong None = 0x5EED_0F_F0_0D_CAFEUL;

    /// <summary>Writes the feature indices of gap <paramref name="k"/> into <paramref name="into"/>; returns how many.</summary>
    public static int Extract(SyllableRun run, DictionaryDecisions dict, DictionaryDecisions lexicon, int k, bool previousJoins, Span<int> into, int mask)
    {
        var n = 0;
        var a = run.Hashes[k];
        var b = run.Hashes[k + 1];
        var prev = k > 0 ? run.Hashes[k - 1] : None;
        var next = k + 2 < run.Count ? run.Hashes[k + 2] : None;
        ulong sa = run.Shapes[k];
        ulong sb = run.Shapes[k + 1];
        ulong sp = k > 0 ? run.Shapes[k - 1] : SyllableRun.ShapeNone;
        ulong sn = k + 2 < run.Count ? run.Shapes[k + 2] : SyllableRun.ShapeNone;
        ulong inDict = dict.CoverLength[k] == 2 && dict.CoverOffset[k] == 0 && dict.StartingAt[k] >= 2 ? 1UL : 0UL;
        var pairIsWord = IsPairWord(run, k) ? 1UL : 0UL;
        ulong initial = k == 0 && run.AtSentenceStart ? 1UL : 0UL;
        ulong mm = dict.Maximal[k] ? 1UL : 0UL;
        ulong fw = dict.Forward[k] ? 1UL : 0UL;
        ulong bw = dict.Backward[k] ? 1UL : 0UL;

        into[n++] = F(mask, 1, 0);
        into[n++] = F(mask, 2, a);
        into[n++] = F(mask, 3, b);
        into[n++] = F(mask, 4, a, b);
        into[n++] = F(mask, 5, prev, a);
        into[n++] = F(mask, 6, b, next);
        into[n++] = F(mask, 7, prev, a, b);
        into[n++] = F(mask, 8, a, b, next);
        into[n++] = F(mask, 9, sa, sb);
        into[n++] = F(mask, 10, sp, sa, sb, sn);
        into[n++] = F(mask, 11, pairIsWord, sa, sb);
        into[n++] = F(mask, 12, mm);
        into[n++] = F(mask, 13, fw);
        into[n++] = F(mask, 14, bw);
        into[n++] = F(mask, 15, mm, fw, bw);
        into[n++] = F(mask, 16, Math.Min(dict.CoverLength[k], (byte)6), Math.Min(dict.CoverOffset[k], (byte)5));
        into[n++] = F(mask, 17, Math.Min(dict.EndingAt[k], (byte)5), Math.Min(dict.StartingAt[k + 1], (byte)5));
        into[n++] = F(mask, 18, run.Known[k] ? 1UL : 0UL, run.Known[k + 1] ? 1UL : 0UL);
        into[n++] = F(mask, 20, initial, sa, sb);
        into[n++] = F(mask, 21, a, sb);
        into[n++] = F(mask, 22, sa, b);
        into[n++] = F(mask, 23, mm, sa, sb);
        into[n++] = F(mask, 24, Math.Min(dict.CoverLength[k], (byte)6), mm, pairIsWord);
        into[n++] = F(mask, 25, a, mm);
        into[n++] = F(mask, 26, b, mm);
        into[n++] = F(mask, 27, inDict, Math.Min(dict.StartingAt[k], (byte)5), Math.Min(dict.EndingAt[k + 1], (byte)5));
        into[n++] = F(mask, 28, prev, b);
        into[n++] = F(mask, 29, a, next);
        ulong pj = k == 0 ? 2UL : previousJoins ? 1UL : 0UL;
        ulong ka = run.Known[k] ? 1UL : 0UL;
        ulong kb = run.Known[k + 1] ? 1UL : 0UL;
        into[n++] = F(mask, 30, pj, sa, sb);
        into[n++] = F(mask, 31, pj, mm, Math.Min(dict.CoverLength[k], (byte)6));
        into[n++] = F(mask, 32, sa, sb, ka, kb);
        into[n++] = F(mask, 33, pj, a, b);
        ulong lmm = lexicon.Maximal[k] ? 1UL : 0UL;
        ulong lpair = (run.LexiconWordLengths[k] & (1 << 2)) != 0 ? 1UL : 0UL;
        into[n++] = F(mask, 40, lmm, mm);
        into[n++] = F(mask, 41, Math.Min(lexicon.CoverLength[k], (byte)6), Math.Min(lexicon.CoverOffset[k], (byte)5), Math.Min(dict.CoverLength[k], (byte)6));
        into[n++] = F(mask, 42, lpair, pairIsWord);
        into[n++] = F(mask, 43, lmm, sa, sb);
        into[n++] = F(mask, 44, lexicon.Forward[k] ? 1UL : 0UL, lexicon.Backward[k] ? 1UL : 0UL, lmm);
        return n;
    }

    private static bool IsPairWord(SyllableRun run, int k) => (run.WordLengths[k] & (1 << 2)) != 0;


    // One multiply per value and one final mix per feature: distinct odd multipliers keep the slots apart.
    private const ulong P0 = 0x9E3779B97F4A7C15UL;
    private const ulong P1 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong P2 = 0x165667B19E3779F9UL;
    private const ulong P3 = 0xD6E8FEB86659FD93UL;
    private const ulong P4 = 0xFF51AFD7ED558CCDUL;

    private static int F(int mask, ulong template, ulong v1) => Finish(mask, (template * P0) + (v1 * P1));

    private static int F(int mask, ulong template, ulong v1, ulong v2) => Finish(mask, (template * P0) + (v1 * P1) + (v2 * P2));

    private static int F(int mask, ulong template, ulong v1, ulong v2, ulong v3) =>
        Finish(mask, (template * P0) + (v1 * P1) + (v2 * P2) + (v3 * P3));

    private static int F(int mask, ulong template, ulong v1, ulong v2, ulong v3, ulong v4) =>
        Finish(mask, (template * P0) + (v1 * P1) + (v2 * P2) + (v3 * P3) + (v4 * P4));

    private static int Finish(int mask, ulong x) => (int)(SyllableHash.Mix(x) & (uint)mask);
}
