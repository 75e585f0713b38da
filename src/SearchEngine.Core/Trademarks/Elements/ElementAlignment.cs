using SearchEngine.Trademarks.Comparison;

namespace SearchEngine.Trademarks.Elements;

/// <summary>
/// The best meeting of two marks' elements, in any order, as an examiner compares them: is the dominant
/// (most distinctive) element of either mark found in the other, written the same, inside a compound,
/// a little misspelt or sounding alike; how much of each mark's distinctive weight is covered.
/// </summary>
internal sealed class ElementAlignment
{
    private const double ContainedQuality = 0.85;
    private const double SoundQuality = 0.8;
    private const double OtherToneQuality = 0.9;

    public ElementAlignment(IReadOnlyList<MarkElement> query, IReadOnlyList<MarkElement> candidate, ElementSounds sounds)
    {
        var queryMatches = query.Select(q => Best(q, candidate, sounds)).ToList();
        var candidateMatches = candidate.Select(c => Best(c, query, sounds)).ToList();
        Joined(candidate, candidateMatches, query);
        Joined(query, queryMatches, candidate);
        (Dominant, DominantMatch) = DominantOf(query, queryMatches);
        (EarlierDominant, EarlierDominantMatch) = DominantOf(candidate, candidateMatches);
        QueryCoverage = Coverage(query, queryMatches);
        CandidateCoverage = Coverage(candidate, candidateMatches);
        var n = query.Count + candidate.Count;
        OrderFreeSimilarity = n == 0 ? 0 : (queryMatches.Sum(m => m.Quality) + candidateMatches.Sum(m => m.Quality)) / n;
        var (qKeys, cKeys) = (query.Select(e => e.Key).ToList(), candidate.Select(e => e.Key).ToList());
        SameWordsOtherOrder = qKeys.Count >= 2 && !qKeys.SequenceEqual(cKeys) &&
            qKeys.Order(StringComparer.Ordinal).SequenceEqual(cKeys.Order(StringComparer.Ordinal));
    }

    /// <summary>The query's most distinctive element and how it is found in the candidate.</summary>
    public MarkElement? Dominant { get; }
    public ElementMatch DominantMatch { get; }

    /// <summary>The candidate's (the earlier mark's) most distinctive element and how it is found in the query.</summary>
    public MarkElement? EarlierDominant { get; }
    public ElementMatch EarlierDominantMatch { get; }

    /// <summary>Share of each mark's distinctive weight found in the other, each element by its best match quality.</summary>
    public double QueryCoverage { get; }
    public double CandidateCoverage { get; }

    /// <summary>Mean best-match quality of all elements of both marks, in any order.</summary>
    public double OrderFreeSimilarity { get; }

    public bool SameWordsOtherOrder { get; }

    public double DominantWeight => DominantMatch.Quality > 0 ? Dominant!.Weight : 0;

    public double EarlierDominantWeight => EarlierDominantMatch.Quality > 0 ? EarlierDominant!.Weight : 0;

    /// <summary>
    /// The element view of the fused score: a dominant element of either mark reproduced in the other, worth
    /// more the more distinctive it is and the more of that mark's distinctive part it covers; or the same
    /// words in another order.
    /// </summary>
    public double View()
    {
        var later = DominantMatch.Quality * (0.35 + 0.25 * DominantWeight + 0.35 * QueryCoverage);
        var earlier = EarlierDominantMatch.Quality * (0.35 + 0.25 * EarlierDominantWeight + 0.35 * CandidateCoverage);
        var view = Math.Max(later, earlier);
        return SameWordsOtherOrder ? Math.Max(view, 0.93) : Math.Min(0.92, view);
    }

    /// <summary>Reasons naming the elements: shared, contained in a compound, sounding alike, same words reordered.</summary>
    public IEnumerable<string> Reasons()
    {
        if (SameWordsOtherOrder) yield return "same-words-other-order";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, match) in new[] { (EarlierDominant, EarlierDominantMatch), (Dominant, DominantMatch) })
        {
            if (element is null || match.Other is not { } other || match.Kind == ElementMatchKind.None) continue;
            var reason = match.Kind switch
            {
                ElementMatchKind.Same when element.Kind == ElementKind.Piece || other.Kind == ElementKind.Piece =>
                    $"shared-element:\"{element.Key}\" in \"{(element.Kind == ElementKind.Piece ? element.Written : other.Written)}\"",
                ElementMatchKind.Same => $"shared-element:\"{element.Key}\"",
                ElementMatchKind.Contained => element.Key.Length <= other.Key.Length
                    ? $"shared-element:\"{element.Key}\" in \"{other.Written}\""
                    : $"shared-element:\"{other.Key}\" in \"{element.Written}\"",
                ElementMatchKind.Sound => $"element-sounds-alike:\"{element.Written.ToLowerInvariant()}\"~\"{other.Written.ToLowerInvariant()}\"",
                _ => $"element-spelt-alike:\"{element.Written.ToLowerInvariant()}\"~\"{other.Written.ToLowerInvariant()}\"",
            };
            if (seen.Add(reason)) yield return reason;
        }

        if (Dominant is { } d && DominantMatch.Quality > 0 && d.Weight >= DistinctiveWeight) yield return $"distinctive:\"{d.Key}\"";
    }

    /// <summary>Weight from which an element is named distinctive in the reasons.</summary>
    private const double DistinctiveWeight = 0.5;

    private static (MarkElement?, ElementMatch) DominantOf(IReadOnlyList<MarkElement> elements, List<ElementMatch> matches)
    {
        var best = -1;
        for (var i = 0; i < elements.Count; i++)
        {
            if (best < 0 || elements[i].Weight > elements[best].Weight) best = i;
        }

        return best < 0 ? (null, ElementMatch.None) : (elements[best], matches[best]);
    }

    private static double Coverage(IReadOnlyList<MarkElement> elements, List<ElementMatch> matches)
    {
        var total = elements.Sum(e => e.Weight);
        if (total <= 0) return 0;
        var covered = 0.0;
        for (var i = 0; i < elements.Count; i++) covered += elements[i].Weight * matches[i].Quality;
        return covered / total;
    }

    /// <summary>
    /// A word of one mark written as words of the other joined: a run of them in order (THEGIOIDIDONG, Thế Giới
    /// Di Động), or two in either order (ESTÉTICALOC, LOC ESTÉTICA).
    /// </summary>
    private static void Joined(IReadOnlyList<MarkElement> elements, List<ElementMatch> matches, IReadOnlyList<MarkElement> others)
    {
        for (var i = 0; i < elements.Count; i++)
        {
            var key = elements[i].Key;
            if (matches[i].Quality >= JoinedQuality || key.Length < 2 * MinJoinedPart) continue;
            if (JoinedRun(key, others) is { } first)
            {
                matches[i] = new ElementMatch(ElementMatchKind.Contained, JoinedQuality, first);
                continue;
            }

            foreach (var a in others)
            {
                if (a.Key.Length < MinJoinedPart || a.Key.Length > key.Length - MinJoinedPart) continue;
                var rest = key.StartsWith(a.Key, StringComparison.Ordinal) ? key[a.Key.Length..] : key.EndsWith(a.Key, StringComparison.Ordinal) ? key[..^a.Key.Length] : null;
                if (rest is null || !others.Any(b => b.Key == rest)) continue;
                matches[i] = new ElementMatch(ElementMatchKind.Contained, JoinedQuality, a);
                break;
            }
        }
    }

    private static MarkElement? JoinedRun(string key, IReadOnlyList<MarkElement> others)
    {
        for (var start = 0; start + 1 < others.Count; start++)
        {
            var joined = others[start].Key;
            for (var end = start + 1; end < others.Count && joined.Length < key.Length; end++)
            {
                joined += others[end].Key;
                if (joined == key) return others[start];
            }
        }

        return null;
    }

    private const double JoinedQuality = 0.95;

    private const int MinJoinedPart = 2;

    private static ElementMatch Best(MarkElement element, IReadOnlyList<MarkElement> others, ElementSounds sounds)
    {
        var best = ElementMatch.None;
        foreach (var other in others)
        {
            var m = Match(element, other, sounds);
            if (m.Quality > best.Quality) best = m;
            if (best.Kind == ElementMatchKind.Same) break;
        }

        return best;
    }

    internal static ElementMatch Match(MarkElement a, MarkElement b, ElementSounds sounds)
    {
        if (a.Key == b.Key)
        {
            // a piece of a compound met whole: inside the other's word; a syllable with another tone: close, not the same
            if (a.Kind == ElementKind.Piece || b.Kind == ElementKind.Piece) return new ElementMatch(ElementMatchKind.Same, ContainedQuality, b);

            return new ElementMatch(ElementMatchKind.Same, a.Toned == b.Toned || a.Toned == a.Key || b.Toned == b.Key ? 1 : OtherToneQuality, b);
        }

        if (a.Kind == ElementKind.Number || b.Kind == ElementKind.Number) return ElementMatch.None;
        if (MarkElements.IsAffixOf(a.Key, b.Key)) return Contained(a, b, b);
        if (MarkElements.IsAffixOf(b.Key, a.Key)) return Contained(b, a, b);
        var edits = AllowedEdits(Math.Min(a.Key.Length, b.Key.Length));
        var best = ElementMatch.None;
        if (edits > 0 && Math.Abs(a.Key.Length - b.Key.Length) <= edits)
        {
            var d = StringDistance.Damerau(a.Key, b.Key);
            if (d <= edits) best = new ElementMatch(ElementMatchKind.Spelling, 1 - d / (double)Math.Min(a.Key.Length, b.Key.Length), b);
        }

        if (a.Key.Length >= 3 && b.Key.Length >= 3 && sounds.Alike(a, b))
        {
            var q = best.Quality > 0 ? Math.Max(best.Quality, SoundQuality) : SoundQuality;
            best = new ElementMatch(ElementMatchKind.Sound, q, b);
        }

        return best;
    }

    /// <summary>
    /// One element inside the other's word: as strong as the shared part is rare next to the whole word, so
    /// FENIX in NEWFENIX counts and NEW in NEWFACE hardly.
    /// </summary>
    private static ElementMatch Contained(MarkElement part, MarkElement whole, MarkElement other) =>
        new(ElementMatchKind.Contained, ContainedQuality * (0.4 + 0.6 * Math.Min(1, part.Rarity / Math.Max(0.05, whole.Rarity))), other);

    /// <summary>Edits allowed between two elements, scaled to the shorter one's length.</summary>
    internal static int AllowedEdits(int length) => length switch
    {
        <= 3 => 0,
        <= 7 => 1,
        _ => 2,
    };
}
