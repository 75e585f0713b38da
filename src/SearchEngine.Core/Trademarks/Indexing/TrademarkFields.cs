namespace SearchEngine.Trademarks.Indexing;

/// <summary>The Lucene fields of a trademark document: one per representation of the mark, plus filters.</summary>
internal static class TrademarkFields
{
    public const string Number = "number";        // key, stored
    public const string Record = "record";        // JSON of the whole record, for display (binary doc value: random access)
    public const string Lower = "lower";          // the mark lower-cased and nothing else (the naive baseline's field)
    public const string Normalized = "normalized"; // whole mark, lower case with tones (keyword)
    public const string Compact = "compact";      // whole mark, ASCII, no spaces (keyword; exact and fuzzy)
    public const string CoreCompact = "core";     // compact without generic or disclaimed words (keyword)
    public const string Syllables = "syllables";  // folded tokens and camel-case parts
    public const string Tones = "tones";          // tokens with tones
    public const string Pairs = "pairs";          // adjacent token pairs, "trung_nguyen"
    public const string NGrams = "ngrams";        // character trigrams of the compact form, with ^ and $ edges
    public const string PhoneticVi = "phonetic_vi"; // Vietnamese phonetic keys
    public const string Metaphone = "metaphone";  // Double Metaphone codes
    public const string PhoneticWord = "phonetic_word"; // keys of the whole mark as one Vietnamese word (keyword)
    public const string Elements = "elements";    // a mark's elements: words without function words, numbers as digits (Elements/MarkElements)
    public const string ElementAffixes = "element_affix"; // prefixes and suffixes of compound words (NEWFENIX: fenix, newfe, ...)
    public const string Class = "class";          // one term per Nice class
    public const string Status = "status";        // registered, pending, ...
    public const string Date = "date";            // effective date as yyyymmdd (int, for "before")
    public const string Scoring = "scoring_dv";   // binary doc value: classes + the serialised MarkProfile
    public const string Vienna = "vienna";        // one term per Vienna code and each of its prefixes: 26, 26.04, 26.04.01
    public const string ViennaValue = "vienna_dv"; // binary doc value: the codes, space-separated (facets, overlap)
    public const string Concepts = "concepts";    // concept ids of the mark and its translation (see Meaning/)
}
