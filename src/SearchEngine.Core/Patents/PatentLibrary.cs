using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchEngine.Indexing;
using SearchEngine.Patents.CrossLingual;
using SearchEngine.Patents.Import;
using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;
using SearchEngine.Patents.Searching;
using SearchEngine.Ranking;

namespace SearchEngine.Patents;

/// <summary>
/// The patent collection: import, look-up, search in the query language, prior art from pasted text.
/// Thread-safe; one instance per process (opened writable it holds the index's write lock).
/// </summary>
public sealed class PatentLibrary : IDisposable
{
    /// <summary>How many first-stage candidates a reranker rescores by default.</summary>
    public const int DefaultRerankDepth = 100;
    public const int MaxPageSize = 200;
    public const int MaxTextLength = 100_000;

    private readonly IndexStore _store;
    private readonly Similarity _similarity = new BM25Similarity();

    private PatentLibrary(IndexStore store) => _store = store;

    public static PatentLibrary Open(IndexLayout layout, bool writable) => Open(layout.Patents, writable);

    /// <summary>Opens the patent index in a folder (created when writable).</summary>
    public static PatentLibrary Open(string folder, bool writable) => new(writable
        ? IndexStore.OpenForWriting(folder, PatentAnalyzers.CreatePerField(), new BM25Similarity())
        : IndexStore.OpenForSearch(folder));

    public static bool Exists(IndexLayout layout) => IndexStore.Exists(layout.Patents);

    public bool IsWritable => _store.IsWritable;

    /// <summary>Index files verified at open that changed on disk since (a damaged index must stop being served).</summary>
    public IReadOnlyList<string> FilesChangedOnDisk() => _store.ChangedSinceVerified();

    /// <summary>Pins the last commit for a backup (see <see cref="IndexBackup"/>); imports may go on meanwhile.</summary>
    public IndexSnapshot Snapshot() => _store.Snapshot();

    public int Count => WithSearcher(s => s.IndexReader.NumDocs);

    /// <summary>Imports files and folders (recursively), each format recognised by its content.</summary>
    public ImportReport Import(IEnumerable<string> paths, IProgress<ImportProgress>? progress = null)
    {
        var report = new ImportReport();
        new PatentImporter(_store, progress).ImportPaths(paths, report);
        return report;
    }

    /// <summary>Imports one uploaded stream (plain or gzip); <paramref name="name"/> appears in problem reports.</summary>
    public ImportReport Import(Stream stream, string name, IProgress<ImportProgress>? progress = null)
    {
        var report = new ImportReport();
        new PatentImporter(_store, progress).ImportStream(stream, name, report);
        return report;
    }

    /// <summary>Adds (or replaces, by number) records built in code, e.g. a generated benchmark corpus.</summary>
    public ImportReport Add(IEnumerable<PatentRecord> records)
    {
        var report = new ImportReport();
        new PatentImporter(_store).AddRecords(records, report);
        return report;
    }

    /// <summary>The record with this number (as cited: <c>1-2023-01434</c>, <c>07861705</c>; also application or publication number).</summary>
    public PatentRecord? Get(string number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        return WithSearcher(s =>
        {
            var top = s.Search(new TermQuery(PatentDocument.Key(number.Trim())), 1);
            if (top.TotalHits == 0) top = s.Search(new TermQuery(new Term(PatentFields.Numbers, PatentFields.NormalizeNumber(number))), 1);
            return top.TotalHits == 0 ? null : PatentDocument.Read(s.Doc(top.ScoreDocs[0].Doc));
        });
    }

    /// <summary>Every stored record, in index order (for evaluation and export).</summary>
    public IEnumerable<PatentRecord> All()
    {
        var numbers = WithSearcher(s =>
        {
            var list = new List<string>();
            for (var d = 0; d < s.IndexReader.MaxDoc; d++)
            {
                var live = MultiFields.GetLiveDocs(s.IndexReader);
                if (live is not null && !live.Get(d)) continue;
                list.Add(PatentDocument.Read(s.Doc(d)).Number);
            }

            return list;
        });
        foreach (var n in numbers)
        {
            if (Get(n) is { } r) yield return r;
        }
    }

    /// <summary>A seeded random sample of stored records (for benchmarks and probes), at most <paramref name="count"/>.</summary>
    public IReadOnlyList<PatentRecord> Sample(int count, int seed = 1) => WithSearcher(s =>
    {
        var rng = new Random(seed);
        var reader = s.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var picked = new List<PatentRecord>();
        var seen = new HashSet<int>();
        for (var tries = 0; picked.Count < count && tries < count * 4 && reader.MaxDoc > 0; tries++)
        {
            var d = rng.Next(reader.MaxDoc);
            if (!seen.Add(d) || (live is not null && !live.Get(d))) continue;
            picked.Add(PatentDocument.Read(s.Doc(d)));
        }

        return (IReadOnlyList<PatentRecord>)picked;
    });

    /// <summary>Searches with the query language; throws <see cref="PatentQuerySyntaxException"/> on bad syntax.</summary>
    public PatentSearchResult Search(PatentQuery query, IReranker? reranker = null, int rerankDepth = DefaultRerankDepth)
    {
        Validate(query.Page, query.PageSize);
        var parsed = PatentQueryParser.Parse(query.Text);
        var translated = query.Translate ? QueryTranslator.Translate(parsed, TranslationLexicon.Default) : new TranslatedQuery(parsed, []);
        var matcher = new TranslationMatcher(translated.Translations);
        var result = Search(translated.Node, query, matcher, reranker, rerankDepth);
        if (query.Forgiving) result = Forgive(parsed, translated.Node, query, matcher, result, reranker, rerankDepth);
        return result with { Translations = translated.Translations };
    }

    /// <summary>The most documents a landscape reads (best first); beyond it the counts are a sample of the best matches.</summary>
    public const int MaxLandscapeDocuments = 5_000;

    /// <summary>
    /// Counts of the query's matching documents by filing year, applicant, IPC subclass and group, and
    /// priority country (the query's page, sort and facet settings are ignored; translation applies as in search).
    /// </summary>
    public PatentLandscape Landscape(PatentQuery query, int top = 15)
    {
        if (top is < 1 or > MaxPageSize) throw new SearchEngineException($"the number of values per chart must be from 1 to {MaxPageSize}");
        var parsed = PatentQueryParser.Parse(query.Text);
        var node = query.Translate ? QueryTranslator.Translate(parsed, TranslationLexicon.Default).Node : parsed;
        var (lucene, _, ipc) = PatentQueryBuilder.Build(node);
        var filtered = Filtered(lucene, query, ipc);
        return WithSearcher(s =>
        {
            var docs = s.Search(filtered, MaxLandscapeDocuments);
            var records = docs.ScoreDocs.Select(d => PatentDocument.Read(s.Doc(d.Doc))).ToList();
            return PatentLandscape.Count(docs.TotalHits, records, top);
        });
    }

    /// <summary>Fewer hits than this and a plain AND of words is relaxed (and misspellings looked for).</summary>
    private const int FewHits = 3;

    /// <summary>Extra weight of the strict query inside a relaxed one, so full matches outrank partial ones.</summary>
    private const float StrictBonus = 2f;

    /// <summary>The best partial matches when the words' AND finds (almost) nothing, and "did you mean" for words no document has
    /// (a few term look-ups when every word exists).</summary>
    private PatentSearchResult Forgive(QueryNode parsed, QueryNode node, PatentQuery query, TranslationMatcher matcher, PatentSearchResult strict,
        IReranker? reranker, int rerankDepth)
    {
        var result = strict;
        var words = strict.Total < FewHits ? QueryRelaxation.Words(node) : 0;
        for (var m = words - 1; words >= 2 && m >= QueryRelaxation.Floor(words); m--)
        {
            // The documents that have every word (if any) still come first: they also match the strict query, weighted.
            var relaxedNode = new OrNode(node.Position, [QueryRelaxation.Relax(node, m), new WeightedNode(node.Position, node, StrictBonus)]);
            var relaxed = Search(relaxedNode, query, matcher, reranker, rerankDepth);
            if (relaxed.Total <= strict.Total) continue;
            var notice = strict.Total == 0
                ? $"no document has all {words} words; showing documents with {m} of them"
                : $"only {strict.Total} document{(strict.Total == 1 ? "" : "s")} {(strict.Total == 1 ? "has" : "have")} all {words} words; also showing documents with {m} of them";
            result = relaxed with { Notice = notice };
            break;
        }

        return result with { Suggestions = WithSearcher(s => SpellingSuggester.Suggest(s, SpellingSuggester.Words(parsed))) };
    }

    private PatentSearchResult Search(QueryNode node, PatentQuery query, TranslationMatcher matcher, IReranker? reranker, int rerankDepth)
    {
        var (lucene, highlights, ipc) = PatentQueryBuilder.Build(node);
        var filtered = Filtered(lucene, query, ipc);
        var ctx = new FeatureContext(highlights, ipc, null);
        return WithSearcher(s => Search(s, filtered, highlights, ctx, query.Sort, query.Page, query.PageSize, query.FacetSize, reranker, rerankDepth, matcher));
    }

    /// <summary>The query with the request's IPC, date and exclusion filters (which never change scores).</summary>
    private static BooleanQuery Filtered(Query lucene, PatentQuery query, List<string> ipc)
    {
        var filtered = new BooleanQuery { { lucene, Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(query.Ipc))
        {
            var norm = IpcCode.NormalizePrefix(query.Ipc) ?? throw new SearchEngineException($"'{query.Ipc}' is not an IPC symbol or prefix (e.g. H01M, A01N 63/00)");
            filtered.Add(new ConstantScoreQuery(new TermQuery(new Term(PatentFields.Ipc, norm))) { Boost = 0 }, Occur.MUST);
            ipc.Add(norm);
        }

        if (query.From is not null || query.To is not null)
        {
            if (query.From > query.To) throw new SearchEngineException("the 'from' date is after the 'to' date");
            var range = NumericRangeQuery.NewInt32Range(PatentFields.Date, query.From is { } f ? PatentDocument.DateKey(f) : 1,
                query.To is { } t ? PatentDocument.DateKey(t) : int.MaxValue, true, true);
            filtered.Add(new ConstantScoreQuery(range) { Boost = 0 }, Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(query.Exclude)) filtered.Add(new TermQuery(PatentDocument.Key(query.Exclude)), Occur.MUST_NOT);
        return filtered;
    }

    /// <summary>
    /// Prior art from pasted text (Vietnamese or English): the text's most distinctive terms are searched
    /// in documents of the same language. The result lists the terms used.
    /// </summary>
    public PatentSimilarResult Similar(string text, int top = 10, string? exclude = null, IReranker? reranker = null, int page = 1)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new SearchEngineException("paste some text to compare (an abstract or a claim)");
        if (text.Length > MaxTextLength) throw new QueryCostException("like-this text", $"the text is {text.Length:N0} characters long; the limit is {MaxTextLength:N0} characters (query cost limit: like-this text)");
        Validate(page, top);
        var lang = LanguageGuess.Of(text);
        return WithSearcher(s =>
        {
            var (q, terms, h) = SimilarTermSelector.Build(s.IndexReader, text, lang);
            if (q is null) return new PatentSimilarResult(PatentLanguages.Code(lang), terms, 0, []);
            Query query = q;
            if (!string.IsNullOrWhiteSpace(exclude))
            {
                query = new BooleanQuery { { q, Occur.MUST }, { new TermQuery(PatentDocument.Key(exclude)), Occur.MUST_NOT } };
            }

            var highlights = new Dictionary<PatentLanguage, HighlightTerms> { [lang] = h };
            var ctx = new FeatureContext(highlights, [], null);
            var result = Search(s, query, highlights, ctx, PatentSort.Relevance, page, top, 0, reranker, DefaultRerankDepth);
            return new PatentSimilarResult(PatentLanguages.Code(lang), terms, result.Total, result.Hits);
        });
    }

    /// <summary>
    /// The first-stage candidates of a query (query language, or pasted text when <paramref name="likeText"/>)
    /// with their <see cref="PatentFeatures"/> rows, best first: what a reranker is trained and run on.
    /// </summary>
    public IReadOnlyList<PatentCandidate> Candidates(string text, bool likeText, int depth = DefaultRerankDepth, string? exclude = null)
    {
        return WithSearcher(s =>
        {
            Query? query;
            Dictionary<PatentLanguage, HighlightTerms> highlights;
            List<string> ipc = [];
            if (likeText)
            {
                var lang = LanguageGuess.Of(text);
                var (q, _, h) = SimilarTermSelector.Build(s.IndexReader, text, lang);
                query = q;
                highlights = new() { [lang] = h };
            }
            else
            {
                (query, highlights, ipc) = PatentQueryBuilder.Build(PatentQueryParser.Parse(text));
            }

            if (query is null) return (IReadOnlyList<PatentCandidate>)[];
            if (!string.IsNullOrWhiteSpace(exclude)) query = new BooleanQuery { { query, Occur.MUST }, { new TermQuery(PatentDocument.Key(exclude)), Occur.MUST_NOT } };
            var top = s.Search(query, depth).ScoreDocs;
            var records = top.Select(d => PatentDocument.Read(s.Doc(d.Doc))).ToList();
            var rows = FeatureExtractor.Extract(s, top, records, new FeatureContext(highlights, ipc, null));
            return top.Select((d, i) => new PatentCandidate(records[i].Number, d.Score, rows[i])).ToList();
        });
    }

    private static PatentSearchResult Search(IndexSearcher s, Query query, Dictionary<PatentLanguage, HighlightTerms> highlights, FeatureContext ctx,
        PatentSort sort, int page, int pageSize, int facetSize, IReranker? reranker, int rerankDepth, TranslationMatcher? translations = null)
    {
        var needed = page * pageSize;
        var rerank = reranker is not null && sort == PatentSort.Relevance && reranker.FeatureSetVersion == PatentFeatures.Version;
        var depth = rerank ? Math.Max(needed, rerankDepth) : needed;
        ITopDocsCollector top = sort switch
        {
            PatentSort.Relevance => TopScoreDocCollector.Create(depth, false),
            _ => TopFieldCollector.Create(new Sort(new SortField(PatentFields.DateValues, SortFieldType.INT64, sort == PatentSort.DateNewest), SortField.FIELD_SCORE),
                depth, true, true, false, false),
        };
        FacetCollector? facets = facetSize > 0 ? new FacetCollector() : null;
        try
        {
            s.Search(query, facets is null ? top : MultiCollector.Wrap(top, facets));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw QueryCostLimits.TooManyExpansions();
        }

        var docs = top.GetTopDocs().ScoreDocs;
        var records = new Dictionary<int, PatentRecord>();
        PatentRecord Load(int doc) => records.TryGetValue(doc, out var r) ? r : records[doc] = PatentDocument.Read(s.Doc(doc));

        string? status = null;
        IReadOnlyList<ScoreDoc> ranked = docs;
        if (reranker is not null)
        {
            if (!rerank)
            {
                status = sort != PatentSort.Relevance
                    ? "not reranked: results are sorted by date"
                    : $"not reranked: model feature set {reranker.FeatureSetVersion} is not {PatentFeatures.Version}";
            }
            else
            {
                var head = docs.Take(rerankDepth).ToList();
                var rows = FeatureExtractor.Extract(s, head, head.Select(d => Load(d.Doc)).ToList(), ctx);
                var scores = reranker.Score(rows);
                var reordered = head.Select((d, i) => (d, score: scores[i])).OrderByDescending(x => x.score).Select(x => new ScoreDoc(x.d.Doc, x.score)).ToList();
                reordered.AddRange(docs.Skip(rerankDepth));
                ranked = reordered;
                status = $"reranked top {head.Count} with model {reranker.ModelVersion}";
            }
        }

        var hits = ranked.Skip((page - 1) * pageSize).Take(pageSize).Select(d => ToHit(Load(d.Doc), d.Score, highlights, translations)).ToList();
        var total = top.TotalHits;
        return new PatentSearchResult(total, page, pageSize, hits, facets?.Result(facetSize) ?? PatentFacets.Empty) { RerankStatus = status };
    }

    private static PatentHit ToHit(PatentRecord r, float score, Dictionary<PatentLanguage, HighlightTerms> highlights, TranslationMatcher? translations)
    {
        var terms = highlights.GetValueOrDefault(PatentLanguages.FromCode(r.Language)) ?? new HighlightTerms();
        var passage = PassageHighlighter.Best(r, terms);
        return new PatentHit
        {
            Number = r.Number,
            Title = r.Title,
            Office = r.Office,
            Language = r.Language,
            FilingDate = r.FilingDate,
            PublicationDate = r.PublicationDate,
            GrantDate = r.GrantDate,
            Ipc = r.Ipc.Select(c => c.ToString()).ToList(),
            Applicants = r.Applicants.Select(a => a.Name).ToList(),
            Score = float.IsNaN(score) ? 0 : score,
            TitleMatches = PassageHighlighter.Matches(r, r.Title, terms),
            Passage = passage,
            MatchedTranslations = translations?.Matched(r, passage) ?? [],
        };
    }

    private static void Validate(int page, int pageSize)
    {
        if (page < 1) throw new SearchEngineException("page numbers start at 1");
        if (pageSize is < 1 or > MaxPageSize) throw new SearchEngineException($"page size must be from 1 to {MaxPageSize}");
        if ((long)page * pageSize > 10_000) throw new SearchEngineException("paging stops at 10,000 results; narrow the query");
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> f) => _store.Search(s =>
    {
        s.Similarity = _similarity;
        return f(s);
    });

    public void Dispose() => _store.Dispose();
}
