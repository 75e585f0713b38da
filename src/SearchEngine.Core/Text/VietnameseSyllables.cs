namespace SearchEngine.Text;

/// <summary>The shape of a Vietnamese syllable written without marks: onset, one to three vowels, a final consonant.</summary>
internal static class VietnameseSyllables
{
    private static readonly HashSet<string> Onsets = new(StringComparer.Ordinal)
    {
        "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x",
    };

    private static readonly HashSet<string> Finals = new(StringComparer.Ordinal) { "", "c", "ch", "m", "n", "ng", "nh", "p", "t" };

    /// <summary>True when a folded lower-case ASCII string could be one Vietnamese syllable (e.g. "nguyen", not "milk").</summary>
    public static bool IsWellFormedFolded(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 7) return false;
        var v = 0;
        while (v < s.Length && !IsVowel(s[v])) v++;
        if (v == s.Length) return false;
        var onset = s[..v].ToString();
        if (!Onsets.Contains(onset)) return false;
        var e = v;
        while (e < s.Length && IsVowel(s[e])) e++;
        if (e - v > 3) return false;
        return Finals.Contains(s[e..].ToString());
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
