using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Patents.Indexing;

namespace SearchEngine.Patents.Searching;

/// <summary>
/// Counts IPC subclasses, years and applicants over every matching document from doc values (no
/// stored-field reads). Reading doc values document by document costs microseconds in Lucene.Net, which
/// dominates broad queries, so each segment's values are unpacked once into flat arrays (cached for the
/// segment's lifetime) and a hit then costs a few array reads.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private const int FirstYear = 1900;
    private const int Years = 200;

    private static readonly ConditionalWeakTable<object, SegmentFacets> Cache = new();

    private readonly Dictionary<string, int> _subclasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _applicants = new(StringComparer.Ordinal);
    private readonly int[] _years = new int[Years];

    private SegmentFacets? _segment;
    private int[] _subclassCounts = [];
    private int[] _applicantCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _segment = Cache.GetValue(reader.CoreCacheKey, _ => SegmentFacets.Load(reader));
        _subclassCounts = new int[_segment.Subclasses.Labels.Length];
        _applicantCounts = new int[_segment.Applicants.Labels.Length];
    }

    public void Collect(int doc)
    {
        var s = _segment!;
        s.Subclasses.Count(doc, _subclassCounts);
        s.Applicants.Count(doc, _applicantCounts);
        var year = s.Years[doc];
        if (year is >= FirstYear and < FirstYear + Years) _years[year - FirstYear]++;
    }

    public PatentFacets Result(int size)
    {
        Flush();
        var years = Enumerable.Range(0, Years).Where(i => _years[i] > 0).OrderByDescending(i => i).Take(Math.Max(size, 30))
            .Select(i => new FacetValue((FirstYear + i).ToString(System.Globalization.CultureInfo.InvariantCulture), _years[i])).ToList();
        return new PatentFacets(Top(_subclasses, size), years, Top(_applicants, size));
    }

    private static List<FacetValue> Top(Dictionary<string, int> counts, int size) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(size).Select(p => new FacetValue(p.Key, p.Value)).ToList();

    private void Flush()
    {
        if (_segment is null) return;
        FlushOne(_segment.Subclasses.Labels, _subclassCounts, _subclasses);
        FlushOne(_segment.Applicants.Labels, _applicantCounts, _applicants);
        _segment = null;
    }

    private static void FlushOne(string[] labels, int[] counts, Dictionary<string, int> into)
    {
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0) into[labels[ord]] = into.GetValueOrDefault(labels[ord]) + counts[ord];
        }
    }

    /// <summary>A multi-valued facet of one segment: doc → ordinals as CSR arrays, ordinal → label.</summary>
    private sealed class FacetField(int[] start, int[] ords, string[] labels)
    {
        public string[] Labels { get; } = labels;

        public void Count(int doc, int[] counts)
        {
            for (var i = start[doc]; i < start[doc + 1]; i++) counts[ords[i]]++;
        }

        public static FacetField Load(AtomicReader reader, string field)
        {
            var dv = reader.GetSortedSetDocValues(field);
            var maxDoc = reader.MaxDoc;
            var start = new int[maxDoc + 1];
            if (dv is null) return new FacetField(start, [], []);
            var ords = new List<int>();
            for (var d = 0; d < maxDoc; d++)
            {
                start[d] = ords.Count;
                dv.SetDocument(d);
                long ord;
                while ((ord = dv.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
            }

            start[maxDoc] = ords.Count;
            var labels = new string[dv.ValueCount];
            var bytes = new BytesRef();
            for (var o = 0; o < labels.Length; o++)
            {
                dv.LookupOrd(o, bytes);
                labels[o] = bytes.Utf8ToString();
            }

            return new FacetField(start, ords.ToArray(), labels);
        }
    }

    private sealed class SegmentFacets
    {
        public required FacetField Subclasses { get; init; }
        public required FacetField Applicants { get; init; }
        public required int[] Years { get; init; }

        public static SegmentFacets Load(AtomicReader reader)
        {
            var dates = reader.GetNumericDocValues(PatentFields.DateValues);
            var years = new int[reader.MaxDoc];
            if (dates is not null) for (var d = 0; d < years.Length; d++) years[d] = (int)(dates.Get(d) / 10000);
            return new SegmentFacets
            {
                Subclasses = FacetField.Load(reader, PatentFields.SubclassValues),
                Applicants = FacetField.Load(reader, PatentFields.ApplicantValues),
                Years = years,
            };
        }
    }
}
