using System.Collections.Concurrent;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using SearchEngine.Classifications.Nice;
using SearchEngine.Indexing;

namespace SearchEngine.Trademarks.Indexing;

/// <summary>
/// The trademark collection's Lucene index: add, replace and delete by number, durable commits, and
/// point-in-time searches that see every commit without reopening.
/// </summary>
internal sealed class TrademarkIndex : IDisposable
{
    private readonly IndexStore _store;

    private TrademarkIndex(IndexStore store) => _store = store;

    public static TrademarkIndex Open(string folder, bool writable) => new(writable
        ? IndexStore.OpenForWriting(folder, new WhitespaceAnalyzer(IndexStore.Version))
        : IndexStore.OpenForSearch(folder));

    public static bool Exists(string folder) => IndexStore.Exists(folder);

    public bool IsWritable => _store.IsWritable;

    internal IndexStore Store => _store;

    public void Upsert(Trademark t) => _store.Upsert(TrademarkDocument.Key(t.Number), TrademarkDocument.Build(t));

    /// <summary>
    /// Adds a batch of distinct numbers, building and inverting documents on every core: the analysis of a
    /// mark's many representations is the cost of an import, and Lucene's writer takes documents from several
    /// threads at once. A record that may replace one already in the index is an update (a delete by number and
    /// an add); the others are plain adds.
    /// </summary>
    public void AddMany(IReadOnlyList<(Trademark Record, bool MayExist)> batch) =>
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (t, mayExist) = batch[i];
            var doc = (t_builder ??= new TrademarkDocumentBuilder()).Build(t);
            if (mayExist) _store.Upsert(TrademarkDocument.Key(t.Number), doc);
            else _store.Add(doc);
        });

    [ThreadStatic]
    private static TrademarkDocumentBuilder? t_builder;

    /// <summary>Whether the committed index holds a record with this number.</summary>
    public bool Contains(string number) => _store.Search(s => s.IndexReader.DocFreq(TrademarkDocument.Key(number)) > 0);

    public void Delete(string number) => _store.Delete(TrademarkDocument.Key(number));

    public void Commit() => _store.Commit();

    public void Refresh() => _store.Refresh();

    public int SegmentCount => _store.SegmentCount;

    public void MergeSegments(int maxSegments) => _store.MergeSegments(maxSegments);

    public IDisposable SuspendMerges() => _store.SuspendMerges();

    public int Count => _store.Search(s => s.IndexReader.NumDocs);

    public Trademark? Get(string number) => _store.Search(s =>
    {
        var top = s.Search(new TermQuery(TrademarkDocument.Key(number)), 1);
        return top.TotalHits == 0 ? null : TrademarkDocument.Read(s.IndexReader, top.ScoreDocs[0].Doc);
    });

    public T Search<T>(Func<IndexSearcher, T> search) => _store.Search(search);

    /// <summary>The stored JSON of every live record, segment by segment, from one point-in-time searcher.</summary>
    public IEnumerable<string> AllRecords() => _store.Scan(AllRecords);

    private static IEnumerable<string> AllRecords(IndexSearcher searcher)
    {
        var bytes = new Lucene.Net.Util.BytesRef();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var values = reader.GetBinaryDocValues(TrademarkFields.Record) ?? throw new StaleIndexException("trademark");
            var live = reader.LiveDocs;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                values.Get(doc, bytes);
                yield return bytes.Utf8ToString();
            }
        }
    }

    private const int MaxCachedFilters = 256;

    private readonly ConcurrentDictionary<string, Filter> _filters = new(StringComparer.Ordinal);

    /// <summary>
    /// The register filter of a query (status, classes, date), or null when it keeps everything. Filters are
    /// cached per distinct setting: Lucene then caches their bit sets per segment, so the common
    /// "live marks" filter costs nothing after the first search.
    /// </summary>
    public Filter? FilterFor(IReadOnlyList<MarkStatus> statuses, IReadOnlyList<NiceClass> classes, DateOnly? before, IReadOnlyList<string>? vienna = null)
    {
        var parts = new List<(string Key, Func<Filter> Make)>();
        if (vienna is { Count: > 0 })
        {
            var codes = vienna.Distinct().Order(StringComparer.Ordinal).ToList();
            parts.Add(("v:" + string.Join(',', codes), () => new TermsFilter(codes.Select(c => new Term(TrademarkFields.Vienna, c)).ToList())));
        }

        if (statuses.Distinct().Count() < MarkStatuses.All.Count)
        {
            var names = statuses.Select(s => s.ToName()).Distinct().Order(StringComparer.Ordinal).ToList();
            parts.Add(("s:" + string.Join(',', names), () => new TermsFilter(names.Select(n => new Term(TrademarkFields.Status, n)).ToList())));
        }

        if (classes.Count > 0)
        {
            var terms = classes.Select(TrademarkDocument.ClassTerm).Distinct().Order(StringComparer.Ordinal).ToList();
            parts.Add(("c:" + string.Join(',', terms), () => new TermsFilter(terms.Select(c => new Term(TrademarkFields.Class, c)).ToList())));
        }

        if (before is { } date)
        {
            var key = TrademarkDocument.DateKey(date);
            parts.Add(("d:" + key, () => NumericRangeFilter.NewInt32Range(TrademarkFields.Date, TrademarkDocument.DatePrecisionStep, null, key, true, false)));
        }

        if (parts.Count == 0) return null;
        var cacheKey = string.Join(';', parts.Select(p => p.Key));
        if (_filters.Count >= MaxCachedFilters && !_filters.ContainsKey(cacheKey)) _filters.Clear(); // arbitrary dates and class sets must not grow it forever
        return _filters.GetOrAdd(cacheKey, _ =>
        {
            if (parts.Count == 1) return new CachingWrapperFilter(parts[0].Make());
            var all = new BooleanFilter();
            foreach (var p in parts) all.Add(p.Make(), Occur.MUST);
            return new CachingWrapperFilter(all);
        });
    }

    public void Dispose() => _store.Dispose();
}
