namespace SearchEngine.Api.Contracts;

/// <summary>
/// A piece of a displayed text, marked when it matched the query. Clients join the texts and wrap the
/// matched ones however they show emphasis; no HTML travels in the API.
/// </summary>
public sealed record TextSegment(string Text, bool Matched)
{
    /// <summary>Cuts <paramref name="text"/> at the given (start, length) ranges; overlapping or unsorted ranges are merged.</summary>
    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<(int Start, int Length)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, length) in ranges.Where(r => r.Length > 0).OrderBy(r => r.Start))
        {
            var s = Math.Clamp(start, 0, text.Length);
            var e = Math.Clamp(start + length, 0, text.Length);
            if (e <= s) continue;
            if (merged.Count > 0 && s <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            else merged.Add((s, e));
        }

        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var (s, e) in merged)
        {
            if (s > at) segments.Add(new TextSegment(text[at..s], false));
            segments.Add(new TextSegment(text[s..e], true));
            at = e;
        }

        if (at < text.Length || segments.Count == 0) segments.Add(new TextSegment(text[at..], false));
        return segments;
    }
}
