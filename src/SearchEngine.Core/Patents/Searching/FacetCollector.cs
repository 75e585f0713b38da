using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Patents.Indexing;

namespace SearchEngine.Patents.Searching;

/// <summary>
/// Counts IPC subclasses, years and applicants over every matching document, straight from doc
/// values (no stored-field reads): per segment by ordinal, turned into strings once per segment.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, int> _subclasses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _applicants = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _years = [];

    private SortedSetDocValues? _subclassValues;
    private SortedSetDocValues? _applicantValues;
    private NumericDocValues? _dates;
    private int[] _subclassCounts = [];
    private int[] _applicantCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        _subclassValues = reader.GetSortedSetDocValues(PatentFields.SubclassValues);
        _applicantValues = reader.GetSortedSetDocValues(PatentFields.ApplicantValues);
        _dates = reader.GetNumericDocValues(PatentFields.DateValues);
        _subclassCounts = new int[_subclassValues?.ValueCount ?? 0];
        _applicantCounts = new int[_applicantValues?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        Count(_subclassValues, _subclassCounts, doc);
        Count(_applicantValues, _applicantCounts, doc);
        if (_dates is not null)
        {
            var year = (int)(_dates.Get(doc) / 10000);
            if (year > 0) _years[year] = _years.GetValueOrDefault(year) + 1;
        }
    }

    public PatentFacets Result(int size)
    {
        Flush();
        return new PatentFacets(Top(_subclasses, size), _years.OrderByDescending(y => y.Key).Take(Math.Max(size, 30))
            .Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Value)).ToList(), Top(_applicants, size));
    }

    private static List<FacetValue> Top(Dictionary<string, int> counts, int size) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(size).Select(p => new FacetValue(p.Key, p.Value)).ToList();

    private static void Count(SortedSetDocValues? values, int[] counts, int doc)
    {
        if (values is null) return;
        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
    }

    private void Flush()
    {
        FlushOne(_subclassValues, _subclassCounts, _subclasses);
        FlushOne(_applicantValues, _applicantCounts, _applicants);
        _subclassCounts = [];
        _applicantCounts = [];
    }

    private static void FlushOne(SortedSetDocValues? values, int[] counts, Dictionary<string, int> into)
    {
        if (values is null) return;
        var bytes = new BytesRef();
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] == 0) continue;
            values.LookupOrd(ord, bytes);
            var key = bytes.Utf8ToString();
            into[key] = into.GetValueOrDefault(key) + counts[ord];
        }
    }
}
