using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchEngine.Patents.Indexing;

/// <summary>Maps a <see cref="PatentRecord"/> to its Lucene document and back (the record is stored whole as JSON).</summary>
internal static class PatentDocument
{
    /// <summary>Applicants beyond this many are searchable but not counted in facets (keeps doc values small).</summary>
    private const int MaxFacetApplicants = 5;

    internal static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static Term Key(string number) => new(PatentFields.Number, number);

    public static Document Build(PatentRecord r)
    {
        var lang = PatentLanguages.FromCode(r.Language);
        var doc = new Document
        {
            new StringField(PatentFields.Number, r.Number, Field.Store.YES),
            new StringField(PatentFields.Language, PatentLanguages.Code(lang), Field.Store.NO),
        };
        foreach (var n in new[] { r.Number, r.ApplicationNumber, r.PublicationNumber }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => PatentFields.NormalizeNumber(n!)).Distinct())
        {
            doc.Add(new StringField(PatentFields.Numbers, n, Field.Store.NO));
        }

        AddText(doc, TextFamily.Title, lang, r.Title);
        AddText(doc, TextFamily.Abstract, lang, r.Abstract);
        AddText(doc, TextFamily.Claims, lang, r.Claims);
        AddText(doc, TextFamily.Description, lang, r.Description);
        foreach (var a in r.Applicants) doc.Add(new TextField(PatentFields.Applicants, a.Name, Field.Store.NO));
        foreach (var i in r.Inventors) doc.Add(new TextField(PatentFields.Inventors, i.Name, Field.Store.NO));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in r.Ipc)
        {
            foreach (var t in code.PrefixTerms())
            {
                if (seen.Add(t)) doc.Add(new StringField(PatentFields.Ipc, t, Field.Store.NO));
            }
        }

        foreach (var sub in r.Ipc.Select(c => c.Subclass).Distinct()) doc.Add(new SortedSetDocValuesField(PatentFields.SubclassValues, new BytesRef(sub)));
        foreach (var name in r.Applicants.Select(a => a.Name.Trim()).Where(n => n.Length > 0).Distinct().Take(MaxFacetApplicants))
        {
            doc.Add(new SortedSetDocValuesField(PatentFields.ApplicantValues, new BytesRef(name)));
        }

        var date = DateKey(r.SearchDate);
        if (date > 0) doc.Add(new Int32Field(PatentFields.Date, date, Field.Store.NO));
        doc.Add(new NumericDocValuesField(PatentFields.DateValues, date));
        doc.Add(new StoredField(PatentFields.Source, JsonSerializer.SerializeToUtf8Bytes(r, Json)));
        return doc;
    }

    public static PatentRecord Read(Document stored)
    {
        var bytes = stored.GetBinaryValue(PatentFields.Source);
        return JsonSerializer.Deserialize<PatentRecord>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), Json)
               ?? throw new InvalidDataException("stored patent record is empty");
    }

    /// <summary>yyyymmdd as an integer (0 when unknown): sortable and range-searchable.</summary>
    public static int DateKey(DateOnly? d) => d is { } v ? v.Year * 10000 + v.Month * 100 + v.Day : 0;

    private static void AddText(Document doc, TextFamily family, PatentLanguage lang, string text)
    {
        if (!string.IsNullOrWhiteSpace(text)) doc.Add(new TextField(PatentFields.Text(family, lang), text, Field.Store.NO));
    }
}
