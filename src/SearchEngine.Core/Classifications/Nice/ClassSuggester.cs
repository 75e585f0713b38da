using SearchEngine.Text;
using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// Suggests Nice classes for a goods text: the text is split into items (<see cref="GoodsList"/>), each item is
/// looked up among the classification's terms (Lucene BM25, then rescored by how much of the item and of the
/// term the shared words cover, the item's head noun counting double), and the items vote for the classes of
/// their best terms. Filing patterns ("mua bán X" → 35) and "services"/"dịch vụ" items adjust the vote.
/// Thread-safe; build once (<see cref="Default"/>).
/// </summary>
public sealed class ClassSuggester
{
    public const int DefaultTop = 5;

    /// <summary>Candidates read from the index per item and field before rescoring.</summary>
    private const int Candidates = 30;

    private static readonly Lazy<ClassSuggester> Shipped = new(() => new ClassSuggester(NiceClassification.Default));

    private readonly TermIndex _index;

    public ClassSuggester(NiceClassification classification)
    {
        Classification = classification;
        _index = new TermIndex(classification.Terms);
    }

    public static ClassSuggester Default => Shipped.Value;

    public NiceClassification Classification { get; }

    internal TermIndex Index => _index;

    /// <summary>The classes best first; empty for an empty, binary or unrecognised text.</summary>
    public IReadOnlyList<ClassSuggestion> Suggest(string? text, int top = DefaultTop)
    {
        var items = GoodsList.Split(text);
        if (items.Count == 0) return [];
        var language = GoodsAnalysis.Guess(text!);
        var suggestions = Suggest(items, language, top);
        // "café services", "cloisonné jewellery": letters Vietnamese shares with French, in an English text
        if (suggestions.Count == 0 && language == GoodsLanguage.Vietnamese) suggestions = Suggest(items, GoodsLanguage.English, top);
        return suggestions;
    }

    private IReadOnlyList<ClassSuggestion> Suggest(IReadOnlyList<GoodsItem> items, GoodsLanguage language, int top)
    {
        var totals = new Dictionary<NiceClass, (double Score, List<(GoodsTerm Term, double Score)> Terms)>();
        double weights = 0;
        foreach (var item in items)
        {
            var weight = item.Specific ? SpecificWeight : 1.0;
            weights += weight;
            foreach (var (c, score, term) in Vote(item, language))
            {
                if (!totals.TryGetValue(c, out var t)) totals[c] = t = (0, []);
                t.Terms.Add((term, score));
                totals[c] = (t.Score + weight * score, t.Terms);
            }
        }

        return [.. totals
            .OrderByDescending(p => p.Value.Score).ThenBy(p => p.Key)
            .Take(top)
            .Select(p => new ClassSuggestion(
                p.Key,
                Math.Round(Math.Min(1, p.Value.Score / weights), 4),
                [.. p.Value.Terms.OrderByDescending(t => t.Score).Select(t => t.Term).Distinct().Take(3)]))];
    }

    /// <summary>The language the suggester reads a text in (English unless it looks Vietnamese).</summary>
    public static GoodsLanguage LanguageOf(string text) => GoodsAnalysis.Guess(text);

    /// <summary>The classes one item votes for, with the term behind each vote.</summary>
    internal IEnumerable<(NiceClass Class, double Score, GoodsTerm Term)> Vote(GoodsItem item, GoodsLanguage language)
    {
        var matches = Match(item.Text, language);
        var normalized = TextNormalizer.Normalize(item.Text);
        var head = TextNormalizer.Normalize(item.SegmentHead);
        var service = IsServiceWording(normalized, language) || IsServiceWording(head, language);
        var best = matches.Count == 0 ? 0 : matches.Max(m => m.Score);
        var pattern = FilingPattern.Match(normalized) ?? FilingPattern.Match(head);
        // A whole-item match on a service term ("kinh doanh bất động sản" → 36) outranks the pattern's guess.
        if (pattern is { } p && !matches.Any(m => m.Score >= StrongMatch && m.Class.Number >= FirstServiceClass && m.Class != p))
        {
            yield return (p, 1.0, PatternTerm(p));
            foreach (var m in matches.Where(m => m.Class != p && m.Score >= 0.5 * best)) yield return (m.Class, OtherThanPattern * m.Score, m.Term);
            yield break;
        }

        foreach (var m in matches)
        {
            var score = language == GoodsLanguage.English ? m.Score * PurposeFactor(normalized, m.Class) : m.Score;
            if (service) score *= m.Class.Number >= FirstServiceClass ? 1.3 : 0.6;
            if (m.Score >= 0.4 * best) yield return (m.Class, score, m.Term);
        }
    }

    /// <summary>An item after "namely" spells out its head, which decides the class (USPTO practice).</summary>
    private const double SpecificWeight = 0.25;

    // Class 1's heading: chemicals "for use in industry"; class 5 is for medical purposes, which "other than" excludes.
    private static readonly string[] IndustrialPurpose = ["for use in manufactur", "for use in the manufactur", " industry", "for industrial purposes", "for industrial use", "for use in industry"];

    private static double PurposeFactor(string normalized, NiceClass c)
    {
        if (c.Number == 1 && IndustrialPurpose.Any(p => normalized.Contains(p, StringComparison.Ordinal))) return 1.4;
        if (c.Number == 5 && normalized.Contains("other than for medical", StringComparison.Ordinal)) return 0.6;
        return 1.0;
    }

    private const int FirstServiceClass = 35;
    private const double StrongMatch = 0.85;
    private const double OtherThanPattern = 0.3;

    private GoodsTerm PatternTerm(NiceClass c) => new(c, Classification.Heading(c).Vietnamese, GoodsLanguage.Vietnamese, GoodsTermSource.Heading);

    private static bool IsServiceWording(string normalized, GoodsLanguage language) => language == GoodsLanguage.English
        ? normalized.Contains("services", StringComparison.Ordinal) || normalized.Contains("service ", StringComparison.Ordinal)
            || ServiceActions.Any(a => normalized.StartsWith(a, StringComparison.Ordinal))
        : normalized.StartsWith("dịch vụ", StringComparison.Ordinal);

    /// <summary>
    /// An English item that starts with the act done for others ("providing information about …", "rental of
    /// …", "consultancy in …") is a service whatever goods it names.
    /// </summary>
    private static readonly string[] ServiceActions =
    [
        "providing ", "provision of ", "rental of ", "renting of ", "leasing of ", "hire of ", "hiring of ", "arranging ",
        "arrangement of ", "organizing ", "organising ", "organization of ", "organisation of ", "conducting ", "consulting ",
        "consultancy ", "advisory ", "installation of ", "repair of ", "repairing ", "maintenance of ", "servicing of ",
        "design of ", "designing ", "development of ", "management of ", "administration of ", "brokerage of ",
        "transport of ", "transportation of ", "delivery of ", "storage of ", "treatment of ", "research in ",
        "research on ", "testing of ", "inspection of ", "training in ",
        "tutoring ", "hosting ", "operating a ", "operation of ", "planning ", "booking of ", "reservation of ",
        "promoting ", "promotion of ", "advertising ", "dissemination of ", "distribution of ",
    ];

    /// <summary>For one item, the best-matching term of each class with its score (0–1).</summary>
    internal IReadOnlyList<(NiceClass Class, double Score, GoodsTerm Term)> Match(string text, GoodsLanguage language)
    {
        var best = new Dictionary<NiceClass, (double Score, GoodsTerm Term)>();
        MatchField(GoodsAnalysis.FieldFor(language), text, 1.0, best);
        // typed without marks: Vietnamese folded ("ca phe"), or English the guess could not tell from it
        if (!TextNormalizer.HasDiacritics(text) && (language == GoodsLanguage.Vietnamese || best.Count == 0 || best.Values.Max(b => b.Score) < 0.5))
        {
            MatchField(GoodsAnalysis.FoldedField, text, language == GoodsLanguage.Vietnamese ? 0.95 : 0.8, best);
        }

        return [.. best.Select(p => (p.Key, p.Value.Score, p.Value.Term)).OrderByDescending(m => m.Score)];
    }

    /// <summary>
    /// Rescores the index's candidates: a term's share of its own words found in the item, times the item's share
    /// (head words double) covered by the good terms of the term's class together, so a class whose terms between
    /// them explain the whole item ("software" and "operating systems") beats one term that explains a word.
    /// </summary>
    private void MatchField(string field, string text, double weight, Dictionary<NiceClass, (double Score, GoodsTerm Term)> best)
    {
        var tokens = Decompound(field, GoodsAnalysis.Tokens(field, text));
        if (tokens.Length == 0) return;
        var headTokens = GoodsAnalysis.Tokens(field, GoodsAnalysis.HeadOf(text)).ToHashSet(StringComparer.Ordinal);
        var itemWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var t in tokens) itemWeights[t] = _index.Idf(field, t) * (headTokens.Contains(t) ? 2 : 1);
        var itemTotal = itemWeights.Values.Sum();
        if (itemTotal == 0) return;
        var headNoun = GoodsAnalysis.HeadNoun(field, text);
        var hits = new List<(GoodsTerm Term, double TermCover, string[] Matched, double Head)>();
        foreach (var (doc, _) in _index.Search(field, tokens, Candidates))
        {
            var termTokens = _index.TokensOf(field, doc);
            double matched = 0, termTotal = 0;
            var found = new List<string>(termTokens.Length);
            for (var i = 0; i < termTokens.Length; i++)
            {
                var t = termTokens[i];
                if (Array.IndexOf(termTokens, t) < i) continue; // counted once
                var idf = _index.Idf(field, t);
                termTotal += idf;
                if (!itemWeights.ContainsKey(t)) continue;
                matched += idf;
                found.Add(t);
            }

            // the same head noun (machines / packing machines) beats a shared modifier (sealing / seals)
            var head = headNoun is null || _index.HeadOf(field, doc) == headNoun ? 1.0 : found.Contains(headNoun) ? 0.95 : 0.85;
            if (termTotal > 0 && found.Count > 0) hits.Add((_index.Terms[doc], matched / termTotal, [.. found], head));
        }

        var union = new Dictionary<NiceClass, HashSet<string>>();
        foreach (var h in hits.Where(h => h.TermCover >= 0.5))
        {
            if (!union.TryGetValue(h.Term.Class, out var u)) union[h.Term.Class] = u = new HashSet<string>(StringComparer.Ordinal);
            u.UnionWith(h.Matched);
        }

        var cosines = _index.ClassCosines(field, itemWeights);
        var nearest = new Dictionary<NiceClass, (double Score, GoodsTerm Term)>();
        foreach (var h in hits)
        {
            IEnumerable<string> covered = h.TermCover >= 0.5 ? union[h.Term.Class] : h.Matched;
            var itemCover = covered.Sum(t => itemWeights[t]) / itemTotal;
            var score = SourceWeight(h.Term.Source) * h.Head * Math.Sqrt(h.TermCover * itemCover);
            if (!nearest.TryGetValue(h.Term.Class, out var b) || score > b.Score) nearest[h.Term.Class] = (score, h.Term);
        }

        // the nearest term, steadied by how much the item reads like the class as a whole
        foreach (var (c, (score, term)) in nearest)
        {
            var fused = weight * (NearestShare * score + (1 - NearestShare) * cosines[c.Number - 1]);
            if (!best.TryGetValue(c, out var b) || fused > b.Score) best[c] = (fused, term);
        }
    }

    private const double NearestShare = 0.8;

    /// <summary>
    /// An English word the list does not have, written as one where the list splits it ("semiconductors" for
    /// "semi-conductors", "eyewear" for "eye wear"), is read as its two known halves.
    /// </summary>
    private string[] Decompound(string field, string[] tokens)
    {
        if (field != GoodsAnalysis.EnglishField) return tokens;
        List<string>? result = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            string[]? split = null;
            if (t.Length >= 7 && !_index.Knows(field, t))
            {
                for (var cut = 3; cut <= t.Length - 3 && split is null; cut++)
                {
                    var (a, b) = (t[..cut], t[cut..]);
                    if (_index.Knows(field, a) && _index.Knows(field, b)) split = [a, b];
                }
            }

            if (split is null) { result?.Add(t); continue; }
            result ??= [.. tokens.Take(i)];
            result.AddRange(split);
        }

        return result is null ? tokens : [.. result];
    }

    private static double SourceWeight(GoodsTermSource source) => source switch
    {
        GoodsTermSource.Heading => 0.7,
        GoodsTermSource.Dictionary => 0.6,
        _ => 1.0,
    };
}
