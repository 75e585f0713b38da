using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Indexing;
using SearchEngine.Trademarks.Elements;

namespace SearchEngine.Trademarks;

/// <summary>Maps a trademark to its Lucene document and back.</summary>
internal static class TrademarkDocument
{
    public static Term Key(string number) => new(TrademarkFields.Number, number);

    public static Document Build(Trademark t)
    {
        var profile = MarkProfile.Of(t);
        var text = profile.Text;
        var doc = new Document
        {
            new StringField(TrademarkFields.Number, t.Number, Field.Store.YES),
            new BinaryDocValuesField(TrademarkFields.Record, new BytesRef(TrademarkRecord.From(t).ToJson())),
            new StoredField(TrademarkFields.Display, t.Mark),
            new StringField(TrademarkFields.Lower, Keyword(t.Mark.ToLowerInvariant()), Field.Store.NO),
            new StringField(TrademarkFields.Normalized, Keyword(text.Normalized), Field.Store.NO),
            new StringField(TrademarkFields.Folded, Keyword(text.Folded), Field.Store.NO),
            new StringField(TrademarkFields.Compact, Keyword(text.Compact), Field.Store.NO),
            new StringField(TrademarkFields.CoreCompact, Keyword(profile.CoreCompact), Field.Store.NO),
            Tokens(TrademarkFields.Syllables, MarkRepresentations.Syllables(text)),
            Tokens(TrademarkFields.Tones, text.NormalizedTokens),
            Tokens(TrademarkFields.Pairs, MarkRepresentations.Pairs(text.Tokens)),
            Tokens(TrademarkFields.NGrams, MarkRepresentations.NGrams(text.Compact)),
            Tokens(TrademarkFields.PhoneticVi, MarkRepresentations.PhoneticKeys(profile)),
            Tokens(TrademarkFields.Metaphone, MarkRepresentations.MetaphoneCodes(profile)),
            Tokens(TrademarkFields.Concepts, profile.Concepts.Concepts.Concat(profile.TranslationConcepts.Concepts).Distinct(StringComparer.Ordinal)),
            Tokens(TrademarkFields.Elements, MarkElements.IndexKeys(text).Distinct(StringComparer.Ordinal)),
            Tokens(TrademarkFields.ElementAffixes, MarkElements.Affixes(text).Distinct(StringComparer.Ordinal)),
            new StoredField(TrademarkFields.DisclaimedList, string.Join('|', t.Disclaimed)),
            new StoredField(TrademarkFields.ClassList, string.Join(' ', t.Classes)),
            new StringField(TrademarkFields.Status, t.Status.ToName(), Field.Store.NO),
            new SortedDocValuesField(TrademarkFields.StatusValue, new BytesRef(t.Status.ToName())),
        };
        doc.Add(new BinaryDocValuesField(TrademarkFields.Scoring, new BytesRef(ScoringValue(t, profile))));
        foreach (var k in profile.WordKeys) doc.Add(new StringField(TrademarkFields.PhoneticWord, Keyword(k), Field.Store.NO));
        foreach (var c in t.Classes) doc.Add(new StringField(TrademarkFields.Class, c.ToString(), Field.Store.NO));
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in t.ViennaCodes)
        {
            if (!Classifications.ViennaCode.TryParse(v, out var code)) continue;
            prefixes.Add(code.CategoryCode.ToString());
            if (code.DivisionCode is { } division) prefixes.Add(division.ToString());
            prefixes.Add(code.ToString());
        }

        foreach (var p in prefixes) doc.Add(new StringField(TrademarkFields.Vienna, p, Field.Store.NO));
        doc.Add(new BinaryDocValuesField(TrademarkFields.ViennaValue, new BytesRef(string.Join(' ', t.ViennaCodes))));
        var date = DateKey(t.EffectiveDate);
        doc.Add(new Int32Field(TrademarkFields.Date, date, Field.Store.NO));
        doc.Add(new NumericDocValuesField(TrademarkFields.DateValue, date));
        return doc;
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

    private static string ScoringValue(Trademark t, MarkProfile profile)
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

    /// <summary>Fields the scorer needs for every candidate; the full record is read only for the hits returned.</summary>
    public static readonly ISet<string> ScoringFields = new HashSet<string>
    {
        TrademarkFields.Display, TrademarkFields.DisclaimedList, TrademarkFields.ClassList,
    };

    public static (string Mark, IReadOnlyList<string> Disclaimed, IReadOnlyList<NiceClass> Classes) ReadForScoring(Document doc)
    {
        var mark = doc.Get(TrademarkFields.Display) ?? "";
        var disclaimed = (doc.Get(TrademarkFields.DisclaimedList) ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries);
        var classes = (doc.Get(TrademarkFields.ClassList) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => new NiceClass(int.Parse(c, CultureInfo.InvariantCulture))).ToList();
        return (mark, disclaimed, classes);
    }

    private static TextField Tokens(string name, IEnumerable<string> tokens) =>
        new(name, string.Join(' ', tokens.Where(t => t.Length > 0)), Field.Store.NO);

    internal static string ClassTerm(NiceClass c) => c.Number.ToString(CultureInfo.InvariantCulture);
}
