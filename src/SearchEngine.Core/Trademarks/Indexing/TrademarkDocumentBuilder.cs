using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchEngine.Indexing;
using SearchEngine.Trademarks.Elements;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Indexing;

/// <summary>
/// Builds a mark's Lucene document, one representation a field (see <see cref="TrademarkFields"/>). One builder
/// fills the same document and fields again for every record (one builder a thread): a field and its token
/// stream cost more to create than most marks' terms cost to index. The document returned is valid until the
/// next <see cref="Build"/>.
/// </summary>
internal sealed class TrademarkDocumentBuilder
{
    private readonly Document _document = [];
    private readonly Field _number = new StringField(TrademarkFields.Number, "", Field.Store.YES);
    private readonly BinaryDocValuesField _record = new(TrademarkFields.Record, new BytesRef());
    private readonly Field _lower = Keyword(TrademarkFields.Lower);
    private readonly Field _normalized = Keyword(TrademarkFields.Normalized);
    private readonly Field _compact = Keyword(TrademarkFields.Compact);
    private readonly Field _core = Keyword(TrademarkFields.CoreCompact);
    private readonly Field _status = Keyword(TrademarkFields.Status);
    private readonly BinaryDocValuesField _scoring = new(TrademarkFields.Scoring, new BytesRef());
    private readonly BinaryDocValuesField _viennaValue = new(TrademarkFields.ViennaValue, new BytesRef());
    private readonly Int32Field _date = new(TrademarkFields.Date, 0, TrademarkDocument.DateType);
    private readonly List<(string Name, TermListStream Stream, Field Field)> _terms = [];
    private readonly List<(string Name, TermListStream Stream, Field Field)> _keywords = [];

    /// <summary>Fields of a mark's representations, their terms in this order.</summary>
    private static readonly string[] TermFields =
    [
        TrademarkFields.Syllables, TrademarkFields.Tones, TrademarkFields.Pairs, TrademarkFields.NGrams, TrademarkFields.PhoneticVi,
        TrademarkFields.Metaphone, TrademarkFields.Concepts, TrademarkFields.Elements, TrademarkFields.ElementAffixes,
    ];

    /// <summary>Fields with one keyword per value, in this order.</summary>
    private static readonly string[] KeywordFields = [TrademarkFields.PhoneticWord, TrademarkFields.Class, TrademarkFields.Vienna];

    public TrademarkDocumentBuilder()
    {
        foreach (var name in TermFields) _terms.Add(Stream(name, TrademarkDocument.TermsType));
        foreach (var name in KeywordFields) _keywords.Add(Stream(name, TrademarkDocument.KeywordsType));
        _document.Add(_number);
        _document.Add(_record);
        _document.Add(_lower);
        _document.Add(_normalized);
        _document.Add(_compact);
        _document.Add(_core);
        foreach (var t in _terms) _document.Add(t.Field);
        _document.Add(_status);
        _document.Add(_scoring);
        foreach (var k in _keywords) _document.Add(k.Field);
        _document.Add(_viennaValue);
        _document.Add(_date);
    }

    private static Field Keyword(string name) => new StringField(name, "", Field.Store.NO);

    private static (string, TermListStream, Field) Stream(string name, FieldType type)
    {
        var stream = new TermListStream();
        return (name, stream, new Field(name, stream, type));
    }

    public IEnumerable<IIndexableField> Build(Trademark t)
    {
        var profile = MarkProfile.Of(t);
        var text = profile.Text;
        IReadOnlyList<string>[] terms =
        [
            Terms(MarkRepresentations.Syllables(text)),
            Terms(text.NormalizedTokens),
            Terms(MarkRepresentations.Pairs(text.Tokens)),
            Terms(MarkRepresentations.NGrams(text.Compact)),
            Terms(MarkRepresentations.PhoneticKeys(profile)),
            Terms(MarkRepresentations.MetaphoneCodes(profile)),
            Terms(profile.Concepts.Concepts.Concat(profile.TranslationConcepts.Concepts).Distinct(StringComparer.Ordinal)),
            Terms(MarkElements.IndexKeys(text).Distinct(StringComparer.Ordinal)),
            Terms(MarkElements.Affixes(text).Distinct(StringComparer.Ordinal)),
        ];
        IReadOnlyList<string>[] keywords =
        [
            [.. profile.WordKeys.Select(TrademarkDocument.Keyword)],
            [.. t.Classes.Select(c => c.ToString())],
            ViennaPrefixes(t.ViennaCodes),
        ];
        var record = new BytesRef(TrademarkRecord.From(t).ToJson());
        var scoring = new BytesRef(TrademarkDocument.ScoringValue(t, profile));
        var vienna = new BytesRef(string.Join(' ', t.ViennaCodes));
        var date = TrademarkDocument.DateKey(t.EffectiveDate);
        var keys = (Lower: TrademarkDocument.Keyword(t.Mark.ToLowerInvariant()), Normalized: TrademarkDocument.Keyword(text.Normalized),
            Compact: TrademarkDocument.Keyword(text.Compact), Core: TrademarkDocument.Keyword(profile.CoreCompact));
        if (!terms.All(TermListStream.Represents))
        {
            // terms a whitespace tokenizer would read otherwise (a space inside, over 255 characters): let it, as it always has
            var doc = new Document
            {
                new StringField(TrademarkFields.Number, t.Number, Field.Store.YES),
                new BinaryDocValuesField(TrademarkFields.Record, record),
                new StringField(TrademarkFields.Lower, keys.Lower, Field.Store.NO),
                new StringField(TrademarkFields.Normalized, keys.Normalized, Field.Store.NO),
                new StringField(TrademarkFields.Compact, keys.Compact, Field.Store.NO),
                new StringField(TrademarkFields.CoreCompact, keys.Core, Field.Store.NO),
                new StringField(TrademarkFields.Status, t.Status.ToName(), Field.Store.NO),
                new BinaryDocValuesField(TrademarkFields.Scoring, scoring),
                new BinaryDocValuesField(TrademarkFields.ViennaValue, vienna),
                new Int32Field(TrademarkFields.Date, date, TrademarkDocument.DateType),
            };
            for (var i = 0; i < TermFields.Length; i++) doc.Add(new Field(TermFields[i], string.Join(' ', terms[i]), TrademarkDocument.TermsType));
            for (var i = 0; i < KeywordFields.Length; i++)
            {
                foreach (var k in keywords[i]) doc.Add(new StringField(KeywordFields[i], k, Field.Store.NO));
            }

            return doc;
        }

        _number.SetStringValue(t.Number);
        _record.SetBytesValue(record);
        _lower.SetStringValue(keys.Lower);
        _normalized.SetStringValue(keys.Normalized);
        _compact.SetStringValue(keys.Compact);
        _core.SetStringValue(keys.Core);
        _status.SetStringValue(t.Status.ToName());
        _scoring.SetBytesValue(scoring);
        _viennaValue.SetBytesValue(vienna);
        _date.SetInt32Value(date);
        for (var i = 0; i < _terms.Count; i++) _terms[i].Stream.SetTerms(terms[i]);
        for (var i = 0; i < _keywords.Count; i++) _keywords[i].Stream.SetTerms(keywords[i]);
        return _document;
    }

    private static List<string> Terms(IEnumerable<string> tokens) => [.. tokens.Where(t => t.Length > 0)];

    /// <summary>Each Vienna code with its category and division, so a filter by any prefix is one term.</summary>
    private static List<string> ViennaPrefixes(IReadOnlyList<string> codes)
    {
        var prefixes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in codes)
        {
            if (!Classifications.ViennaCode.TryParse(v, out var code)) continue;
            if (seen.Add(code.CategoryCode.ToString())) prefixes.Add(code.CategoryCode.ToString());
            if (code.DivisionCode is { } division && seen.Add(division.ToString())) prefixes.Add(division.ToString());
            if (seen.Add(code.ToString())) prefixes.Add(code.ToString());
        }

        return prefixes;
    }
}
