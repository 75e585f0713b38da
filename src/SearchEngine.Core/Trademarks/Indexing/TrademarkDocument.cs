using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Classifications.Nice;
using SearchEngine.Indexing;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Indexing;

/// <summary>Maps a trademark to its Lucene document and back.</summary>
internal static class TrademarkDocument
{
    public static Term Key(string number) => new(TrademarkFields.Number, number);

    /// <summary>A new document for one record; imports reuse a <see cref="TrademarkDocumentBuilder"/> per thread instead.</summary>
    public static IEnumerable<IIndexableField> Build(Trademark t) => new TrademarkDocumentBuilder().Build(t);

    /// <summary>
    /// Terms of the mark's representations: counted (the candidate queries score by term frequency and field
    /// length) but without positions, which no trademark query reads.
    /// </summary>
    public static readonly FieldType TermsType = Frozen(new FieldType
    {
        IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = false, IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    /// <summary>Several keyword values of one field (classes, Vienna codes, whole-mark keys): what a <see cref="StringField"/> per value indexes.</summary>
    public static readonly FieldType KeywordsType = Frozen(new FieldType
    {
        IsIndexed = true, IsTokenized = true, IsStored = false, OmitNorms = true, IndexOptions = IndexOptions.DOCS_ONLY,
    });

    /// <summary>
    /// Precision step of the date field: two terms a record (yyyymmdd is only 24 bits), where Lucene's default of
    /// 4 made eight, a fifth of all the terms a mark indexes. Range filters must use the same step; an index
    /// written with step 4 also holds these terms, so it is searched alike.
    /// </summary>
    public const int DatePrecisionStep = 16;

    public static readonly FieldType DateType = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = DatePrecisionStep });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>Longest keyword term indexed: Lucene refuses terms over 32,766 UTF-8 bytes, and no mark needs more.</summary>
    public const int MaxKeywordLength = 1000;

    public static string Keyword(string text) => text.Length <= MaxKeywordLength ? text : text[..MaxKeywordLength];

    /// <summary>yyyymmdd; a record without a date sorts as the earliest (0), so "before" keeps it.</summary>
    public static int DateKey(DateOnly? date) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : 0;

    /// <summary>Reads a document's record from its doc value (random access; stored fields decompress a block per document).</summary>
    public static Trademark Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(TrademarkFields.Record)
            ?? throw new StaleIndexException("trademark");
        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return TrademarkRecord.FromJson(bytes.Utf8ToString()).ToTrademark(validate: false);
    }

    /// <summary>Longest scoring value kept as a doc value; a longer one (a mark near the size limit) is recomputed at search.</summary>
    private const int MaxScoringBytes = 30_000;

    internal static string ScoringValue(Trademark t, MarkProfile profile)
    {
        var value = string.Join(' ', t.Classes) + "\u001E" + profile.Serialize();
        return System.Text.Encoding.UTF8.GetByteCount(value) <= MaxScoringBytes ? value : string.Join(' ', t.Classes) + "\u001E";
    }

    /// <summary>Parses a scoring doc value; the profile is null when it was too long to keep.</summary>
    public static (IReadOnlyList<NiceClass> Classes, MarkProfile? Profile) ParseScoringValue(string value)
    {
        var split = value.IndexOf('\u001E');
        var classes = value[..split].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => new NiceClass(int.Parse(c, CultureInfo.InvariantCulture))).ToList();
        var rest = value[(split + 1)..];
        return (classes, rest.Length == 0 ? null : MarkProfile.Deserialize(rest));
    }

    internal static string ClassTerm(NiceClass c) => c.Number.ToString(CultureInfo.InvariantCulture);
}
