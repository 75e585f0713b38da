using System.Text;

namespace SearchEngine.Patents;

internal static class MatchMarker
{
    public static string Mark(string text, IReadOnlyList<MatchRange> matches, string open, string close)
    {
        var sb = new StringBuilder(text.Length + matches.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var m in matches.OrderBy(m => m.Start))
        {
            if (m.Start < at || m.Start + m.Length > text.Length) continue;
            sb.Append(text, at, m.Start - at).Append(open).Append(text, m.Start, m.Length).Append(close);
            at = m.Start + m.Length;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }
}
