using SearchEngine.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using SearchEngine.Patents.Indexing;

namespace SearchEngine.Patents.QueryLanguage;

/// <summary>
/// Turns a parsed query into one Lucene query. Each language gets its own version (its analyzer, its
/// fields, its stop words) and the versions are OR-ed: a stop word in English ("an") must not make a
/// Vietnamese search ("an toàn") fail. Where a version needs "every document" (a NOT with nothing
/// positive beside it) it means every document of its language, so <c>NOT pin</c> does not match English
/// documents merely because they have no Vietnamese text.
/// </summary>
internal sealed class PatentQueryBuilder
{
    /// <summary>Fields searched by a word with no field code, and their weights.</summary>
    private static readonly (FieldCode Code, float Boost)[] DefaultFields =
        [(FieldCode.TI, 3f), (FieldCode.AB, 1.5f), (FieldCode.CL, 1f), (FieldCode.DE, 0.5f), (FieldCode.PA, 1f), (FieldCode.IN, 1f)];

    private const int TitleProximitySlop = 3;
    private const float TitleProximityBoost = 2f;

    private static readonly FieldCode[] DefaultNearFields = [FieldCode.TI, FieldCode.AB, FieldCode.CL, FieldCode.DE];

    private readonly PatentLanguage _language;
    private readonly HighlightTerms _highlights;
    private bool _translation;
    /// <summary>The text fields of a language share one analyzer: each word is analysed once, not once per field.</summary>
    private readonly Dictionary<(Lucene.Net.Analysis.Analyzer, string), List<AnalyzedToken>> _analyzed = [];

    private PatentQueryBuilder(PatentLanguage language, HighlightTerms highlights)
    {
        _language = language;
        _highlights = highlights;
    }

    /// <summary>The Lucene query for the whole index and, per language, the terms to highlight.</summary>
    public static (Query Query, Dictionary<PatentLanguage, HighlightTerms> Highlights, List<string> IpcTerms) Build(QueryNode node)
    {
        var highlights = new Dictionary<PatentLanguage, HighlightTerms>();
        var (shared, remainder) = SharedFilters(node);
        var all = new BooleanQuery();
        foreach (var lang in PatentLanguages.All)
        {
            var h = new HighlightTerms();
            var q = new PatentQueryBuilder(lang, h).Visit(remainder, negated: false);
            highlights[lang] = h;
            if (q is not null) all.Add(q, Occur.SHOULD);
            // Only stop words left for this language: its version is the filters alone, as when they were inside it.
            else if (shared.Count > 0) all.Add(new MatchAllDocsQuery { Boost = 0f }, Occur.SHOULD);
        }

        var ipc = new List<string>();
        CollectIpc(node, ipc, negated: false);
        if (shared.Count == 0) return (all, highlights, ipc);
        // The filters every language version requires are evaluated once, outside the versions: a date
        // range or IPC prefix costs a walk over many postings, and with translation both versions match.
        var filtered = new BooleanQuery { { all, Occur.MUST } };
        var builder = new PatentQueryBuilder(PatentLanguages.All[0], new HighlightTerms());
        foreach (var f in shared) filtered.Add(builder.Visit(f, negated: false)!, Occur.MUST);
        return (filtered, highlights, ipc);
    }

    /// <summary>
    /// Top-level AND items that mean the same in every language (IPC, date, number filters), when every
    /// language version of the query requires them; and the query without them.
    /// </summary>
    private static (List<QueryNode> Shared, QueryNode Remainder) SharedFilters(QueryNode node)
    {
        static bool IsFilter(QueryNode n) => n is RangeNode or TermNode { Field: FieldCode.IC or FieldCode.PD or FieldCode.AN } or PhraseNode { Field: FieldCode.IC or FieldCode.PD or FieldCode.AN };
        static List<QueryNode> FiltersOf(QueryNode n) => n is AndNode a ? a.Items.Where(IsFilter).ToList() : [];
        static QueryNode Without(QueryNode n, List<QueryNode> filters) =>
            n is AndNode a && a.Items.Where(i => !filters.Contains(i)).ToList() is { Count: > 0 } left
                ? (left.Count == 1 ? left[0] : a with { Items = left })
                : n;

        var versions = node is CrossLingual.CrossLingualNode x ? [x.Original, .. x.Translated.Values] : new List<QueryNode> { node };
        var shared = FiltersOf(versions[0]).Where(f => versions.All(v => FiltersOf(v).Contains(f))).ToList();
        // A query of filters only keeps them where they are: each version then means "documents of my language".
        if (shared.Count == 0 || versions.Any(v => Without(v, shared) == v)) return ([], node);
        QueryNode rest = node is CrossLingual.CrossLingualNode cx
            ? cx with { Original = Without(cx.Original, shared), Translated = cx.Translated.ToDictionary(kv => kv.Key, kv => Without(kv.Value, shared)) }
            : Without(node, shared);
        return (shared, rest);
    }

    private Query? Visit(QueryNode node, bool negated) => node switch
    {
        TermNode t => Term(t, negated),
        PhraseNode p => Phrase(p, negated),
        RangeNode r => Range(r),
        AndNode a => And(a, negated),
        OrNode o => Or(o, negated),
        NotNode n => Not(n, negated),
        NearNode n => Near(n, negated),
        AtLeastNode m => AtLeast(m, negated),
        WeightedNode w => Visit(w.Inner, negated) is { } q ? Scaled(q, w.Weight) : null,
        CrossLingual.CrossLingualNode x => x.Translated.TryGetValue(_language, out var translated) ? Translation(translated, negated) : Visit(x.Original, negated),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };

    /// <summary>
    /// A translated version searches the text fields only: applicant and inventor names are one field for
    /// every language, already searched by the query as written, and a name is not translated.
    /// </summary>
    private Query? Translation(QueryNode translated, bool negated)
    {
        _translation = true;
        try
        {
            return Visit(translated, negated);
        }
        finally
        {
            _translation = false;
        }
    }

    private Query? And(AndNode node, bool negated)
    {
        var bq = new BooleanQuery();
        var positives = 0;
        foreach (var item in node.Items)
        {
            if (item is NotNode not)
            {
                var q = Visit(not.Operand, !negated);
                if (q is not null) bq.Add(q, Occur.MUST_NOT);
            }
            else if (Visit(item, negated) is { } q)
            {
                bq.Add(q, Occur.MUST);
                positives++;
            }
        }

        if (bq.Clauses.Count == 0) return null;
        if (positives == 0) bq.Add(AllOfLanguage(), Occur.MUST);
        if (!negated && positives > 1 && TitleProximity(node) is { } near) bq.Add(near, Occur.SHOULD);
        return bq.Clauses.Count == 1 ? bq.Clauses[0].Query : bq;
    }

    private Query? AtLeast(AtLeastNode node, bool negated)
    {
        var bq = new BooleanQuery();
        var positives = 0;
        foreach (var item in node.Items)
        {
            if (item is NotNode not)
            {
                if (Visit(not.Operand, !negated) is { } n) bq.Add(n, Occur.MUST_NOT);
            }
            else if (Visit(item, negated) is { } q)
            {
                bq.Add(q, Occur.SHOULD);
                positives++;
            }
        }

        if (positives == 0) return null;
        bq.MinimumNumberShouldMatch = Math.Clamp(node.Minimum, 1, positives);
        return bq;
    }

    private static Query Scaled(Query q, float weight)
    {
        q.Boost *= weight;
        return q;
    }

    /// <summary>
    /// Plain words typed one after another are often a remembered title: a title holding them in that
    /// order (a few words of slack) earns extra score, so the document itself outranks others that merely
    /// share its generic words ("phương pháp và thiết bị giải mã video ...").
    /// </summary>
    private PhraseQuery? TitleProximity(AndNode node)
    {
        var words = node.Items.OfType<TermNode>().Where(t => t.Field is null && !t.IsPrefix).Select(t => t.Text).ToList();
        if (words.Count < 2) return null;
        var field = PatentFields.Text(TextFamily.Title, _language);
        var tokens = TextAnalysis.Analyze(PatentAnalyzers.For(_language), field, string.Join(' ', words));
        if (tokens.Count < 2) return null;
        var pq = PhraseOf(field, tokens);
        pq.Slop = TitleProximitySlop;
        pq.Boost = TitleProximityBoost;
        return pq;
    }

    private Query? Or(OrNode node, bool negated)
    {
        var parts = node.Items.Select(i => Visit(i, negated)).OfType<Query>().ToList();
        return Disjunction(parts);
    }

    private Query? Not(NotNode node, bool negated)
    {
        var inner = Visit(node.Operand, !negated);
        if (inner is null) return null;
        return new BooleanQuery { { AllOfLanguage(), Occur.MUST }, { inner, Occur.MUST_NOT } };
    }

    /// <summary>Every document in this version's language, scoring nothing.</summary>
    private Query AllOfLanguage() => Filter(new TermQuery(new Term(PatentFields.Language, PatentLanguages.Code(_language))), 0f);

    private Query? Term(TermNode t, bool negated)
    {
        switch (t.Field)
        {
            case FieldCode.IC:
                return Ipc(t.Text, t.IsPrefix, t.Position);
            case FieldCode.AN:
                var number = PatentFields.NormalizeNumber(t.Text);
                return Filter(t.IsPrefix ? new PrefixQuery(new Term(PatentFields.Numbers, number)) : new TermQuery(new Term(PatentFields.Numbers, number)), 1f);
            case FieldCode.PD:
                return DateRange(t.Text, t.Text, t.Position);
        }

        // A stop word of this language is no word at all, even for the name fields searched by default.
        if (_language == PatentLanguage.Vietnamese && !t.IsPrefix && (t.Field is null || IsText(t.Field.Value)) && VietnameseStopWords.Contains(TextNormalizer.Fold(t.Text)))
        {
            return null;
        }

        if (t.Field is null && !t.IsPrefix && Analyze(PatentAnalyzers.For(_language), PatentFields.Text(TextFamily.Title, _language), t.Text).Count == 0)
        {
            return null;
        }

        var perField = new List<Query>();
        foreach (var (code, boost) in FieldsOf(t.Field))
        {
            var (field, analyzer) = Resolve(code);
            Query? q;
            if (t.IsPrefix)
            {
                var prefix = TextNormalizer.Fold(t.Text);
                q = new PrefixQuery(new Term(field, prefix));
                if (!negated && IsText(code)) _highlights.Prefixes.Add(prefix);
            }
            else
            {
                var tokens = Analyze(analyzer, field, t.Text);
                q = tokens.Count switch
                {
                    0 => null,
                    1 => new TermQuery(new Term(field, tokens[0].Term)),
                    _ => PhraseOf(field, tokens),
                };
                if (!negated && IsText(code)) foreach (var tok in tokens) _highlights.Terms.Add(tok.Term);
            }

            if (q is null) continue;
            q.Boost = boost;
            perField.Add(q);
        }

        return perField.Count switch
        {
            0 => null,
            1 => perField[0],
            _ => MaxOf(perField),
        };
    }

    private Query? Phrase(PhraseNode p, bool negated)
    {
        switch (p.Field)
        {
            case FieldCode.IC:
                return Ipc(p.Text, false, p.Position);
            case FieldCode.AN:
            case FieldCode.PD:
                return Term(new TermNode(p.Position, p.Field, p.Text, false), negated);
        }

        var perField = new List<Query>();
        foreach (var (code, boost) in FieldsOf(p.Field))
        {
            var (field, analyzer) = Resolve(code);
            var tokens = Analyze(analyzer, field, p.Text);
            if (tokens.Count == 0) continue;
            if (!negated && IsText(code)) foreach (var tok in tokens) _highlights.Terms.Add(tok.Term);
            Query q = tokens.Count == 1 ? new TermQuery(new Term(field, tokens[0].Term)) : PhraseOf(field, tokens);
            q.Boost = boost;
            perField.Add(q);
        }

        return perField.Count switch { 0 => null, 1 => perField[0], _ => MaxOf(perField) };
    }

    private static Query? Range(RangeNode r)
    {
        var lo = r.Lower is null ? (int?)null : First(r.Lower, r.Position);
        var hi = r.Upper is null ? (int?)null : Last(r.Upper, r.Position);
        if (lo > hi) throw new PatentQuerySyntaxException("the range starts after it ends", r.Position);
        return Filter(NumericRangeQuery.NewInt32Range(PatentFields.Date, lo ?? 1, hi ?? int.MaxValue, true, true), 0f);
    }

    private static Query DateRange(string from, string to, int position)
    {
        var lo = First(from, position);
        var hi = Last(to, position);
        return Filter(NumericRangeQuery.NewInt32Range(PatentFields.Date, lo, hi, true, true), 0f);
    }

    private static int First(string text, int position) =>
        DateBound.FirstDay(text) is { } d ? PatentDocument.DateKey(d) : throw BadDate(text, position);

    private static int Last(string text, int position) =>
        DateBound.LastDay(text) is { } d ? PatentDocument.DateKey(d) : throw BadDate(text, position);

    private static PatentQuerySyntaxException BadDate(string text, int position) =>
        new($"'{text}' is not a date; write a year (2015), yyyy-mm, yyyy-mm-dd or a range PD:[2015 TO 2020]", position);

    private static Query Ipc(string text, bool isPrefix, int position)
    {
        var norm = IpcCode.NormalizePrefix(text)
                   ?? throw new PatentQuerySyntaxException($"'{text}' is not an IPC symbol or prefix (e.g. H01M, A01N 63, A01N 63/00)", position);
        var q = isPrefix ? (Query)new PrefixQuery(new Term(PatentFields.Ipc, norm)) : new TermQuery(new Term(PatentFields.Ipc, norm));
        return Filter(q, 0f);
    }

    /// <summary>A filter-like clause: matches without moving relevance (boost 0) or with a flat score.</summary>
    private static Query Filter(Query q, float boost) => new ConstantScoreQuery(q) { Boost = boost };

    private Query? Near(NearNode n, bool negated)
    {
        var code = NearField(n);
        var codes = code is { } c ? [c] : DefaultNearFields;
        var perField = new List<Query>();
        foreach (var fc in codes)
        {
            if (!IsText(fc) && fc is not (FieldCode.PA or FieldCode.IN))
            {
                throw new PatentQuerySyntaxException($"NEAR/ADJ only work on text fields, not {fc}", n.Position);
            }

            var (field, analyzer) = Resolve(fc);
            if (Span(n, field, analyzer, negated || !IsText(fc)) is { } span) perField.Add(span);
        }

        return Disjunction(perField);
    }

    private SpanQuery? Span(QueryNode node, string field, Lucene.Net.Analysis.Analyzer analyzer, bool noHighlight)
    {
        switch (node)
        {
            case TermNode { IsPrefix: true } t:
                var prefix = TextNormalizer.Fold(t.Text);
                if (!noHighlight) _highlights.Prefixes.Add(prefix);
                return new SpanMultiTermQueryWrapper<PrefixQuery>(new PrefixQuery(new Term(field, prefix)));
            case TermNode t:
                return SpanOfText(t.Text, field, analyzer, noHighlight);
            case PhraseNode p:
                return SpanOfText(p.Text, field, analyzer, noHighlight);
            case OrNode o:
                var parts = o.Items.Select(i => Span(i, field, analyzer, noHighlight)).OfType<SpanQuery>().ToArray();
                return parts.Length switch { 0 => null, 1 => parts[0], _ => new SpanOrQuery(parts) };
            case NearNode n:
                var l = Span(n.Left, field, analyzer, noHighlight);
                var r = Span(n.Right, field, analyzer, noHighlight);
                if (l is null || r is null) return l ?? r;
                return new SpanNearQuery([l, r], n.Distance - 1, n.Ordered);
            default:
                throw new PatentQuerySyntaxException("NEAR/ADJ join words, phrases, wildcards or (a OR b) groups, not AND/NOT expressions", node.Position);
        }
    }

    private SpanQuery? SpanOfText(string text, string field, Lucene.Net.Analysis.Analyzer analyzer, bool noHighlight)
    {
        var tokens = Analyze(analyzer, field, text);
        if (!noHighlight) foreach (var t in tokens) _highlights.Terms.Add(t.Term);
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1) return new SpanTermQuery(new Term(field, tokens[0].Term));
        var gaps = tokens[^1].Position - tokens[0].Position - (tokens.Count - 1);
        return new SpanNearQuery(tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t.Term))).ToArray(), gaps, true);
    }

    /// <summary>The one field code all words of a NEAR expression share (null: the default text fields).</summary>
    private static FieldCode? NearField(QueryNode node)
    {
        var codes = new HashSet<FieldCode?>();
        Collect(node);
        if (codes.Count > 1) throw new PatentQuerySyntaxException("NEAR/ADJ must join words of the same field", node.Position);
        return codes.Single();

        void Collect(QueryNode n)
        {
            switch (n)
            {
                case TermNode t: codes.Add(t.Field); break;
                case PhraseNode p: codes.Add(p.Field); break;
                case OrNode o: foreach (var i in o.Items) Collect(i); break;
                case NearNode x: Collect(x.Left); Collect(x.Right); break;
                default:
                    throw new PatentQuerySyntaxException("NEAR/ADJ join words, phrases, wildcards or (a OR b) groups, not AND/NOT expressions", n.Position);
            }
        }
    }

    private IEnumerable<(FieldCode Code, float Boost)> FieldsOf(FieldCode? code) =>
        code is { } c ? [(c, 1f)] : _translation ? DefaultFields.Where(f => IsText(f.Code)) : DefaultFields;

    private static bool IsText(FieldCode c) => c is FieldCode.TI or FieldCode.AB or FieldCode.CL or FieldCode.DE;

    private (string Field, Lucene.Net.Analysis.Analyzer Analyzer) Resolve(FieldCode code) => code switch
    {
        FieldCode.TI => (PatentFields.Text(TextFamily.Title, _language), PatentAnalyzers.For(_language)),
        FieldCode.AB => (PatentFields.Text(TextFamily.Abstract, _language), PatentAnalyzers.For(_language)),
        FieldCode.CL => (PatentFields.Text(TextFamily.Claims, _language), PatentAnalyzers.For(_language)),
        FieldCode.DE => (PatentFields.Text(TextFamily.Description, _language), PatentAnalyzers.For(_language)),
        FieldCode.PA => (PatentFields.Applicants, PatentAnalyzers.Names),
        FieldCode.IN => (PatentFields.Inventors, PatentAnalyzers.Names),
        _ => throw new InvalidOperationException(code.ToString()),
    };

    private List<AnalyzedToken> Analyze(Lucene.Net.Analysis.Analyzer analyzer, string field, string text)
    {
        if (!_analyzed.TryGetValue((analyzer, text), out var tokens)) _analyzed[(analyzer, text)] = tokens = TextAnalysis.Analyze(analyzer, field, text);
        return tokens;
    }

    private static PhraseQuery PhraseOf(string field, List<AnalyzedToken> tokens)
    {
        var pq = new PhraseQuery();
        var first = tokens[0].Position;
        foreach (var t in tokens) pq.Add(new Term(field, t.Term), t.Position - first);
        return pq;
    }

    private static Query MaxOf(List<Query> parts)
    {
        var dm = new DisjunctionMaxQuery(0.1f);
        foreach (var p in parts) dm.Add(p);
        return dm;
    }

    private static Query? Disjunction(List<Query> parts)
    {
        if (parts.Count == 0) return null;
        if (parts.Count == 1) return parts[0];
        var bq = new BooleanQuery();
        foreach (var p in parts) bq.Add(p, Occur.SHOULD);
        return bq;
    }

    private static void CollectIpc(QueryNode node, List<string> into, bool negated)
    {
        switch (node)
        {
            case TermNode { Field: FieldCode.IC } t when !negated:
                if (IpcCode.NormalizePrefix(t.Text) is { } n) into.Add(n);
                break;
            case PhraseNode { Field: FieldCode.IC } p when !negated:
                if (IpcCode.NormalizePrefix(p.Text) is { } m) into.Add(m);
                break;
            case AndNode a: foreach (var i in a.Items) CollectIpc(i, into, negated); break;
            case OrNode o: foreach (var i in o.Items) CollectIpc(i, into, negated); break;
            case NotNode x: CollectIpc(x.Operand, into, !negated); break;
        }
    }
}
