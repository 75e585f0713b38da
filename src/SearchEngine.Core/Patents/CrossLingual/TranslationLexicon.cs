using SearchEngine.Patents.Indexing;
using SearchEngine.Text;

namespace SearchEngine.Patents.CrossLingual;

/// <summary>One translation of a term, with how much a search should trust it (0–1).</summary>
internal sealed record LexiconEntry(string Source, string Translation, float Weight);

/// <summary>
/// Vietnamese ↔ English terms for cross-lingual search, from the shipped lexicons (Resources/Patents,
/// see its README): the curated technical glossary, FVDP (vi→en) and English Wiktionary (en→vi), each
/// also read backwards. Vietnamese keys are folded (accents optional); English keys are the
/// EnglishAnalyzer's stems, so "emitting diodes" finds "light emitting diode"'s entry the index's way.
/// Where the curated glossary has a term, only its senses are used: the general dictionaries' many
/// senses of a technical word (mạch: pulse, denounce) would drag a search off topic.
/// </summary>
internal sealed class TranslationLexicon
{
    /// <summary>The longest compound looked up, in words.</summary>
    public const int MaxWords = 5;

    private const float Technical = 1f, Wiktionary = 0.8f, Fvdp = 0.7f, Inverted = 0.6f;

    private static readonly Lazy<TranslationLexicon> Shipped = new(Load);

    private readonly Dictionary<string, Senses> _vietnamese = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Senses> _english = new(StringComparer.Ordinal);

    public static TranslationLexicon Default => Shipped.Value;

    /// <summary>Translations of a Vietnamese term (folded key, see <see cref="VietnameseKey"/>), best first.</summary>
    public IReadOnlyList<LexiconEntry> FromVietnamese(string key) => _vietnamese.TryGetValue(key, out var s) ? s.Best : [];

    /// <summary>Translations of an English term (stemmed key, see <see cref="EnglishKey"/>), best first.</summary>
    public IReadOnlyList<LexiconEntry> FromEnglish(string key) => _english.TryGetValue(key, out var s) ? s.Best : [];

    public static string VietnameseKey(string text) =>
        string.Join(' ', TextNormalizer.Fold(text).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text's stems as the English fields index them, space-joined; empty for stop words only.</summary>
    public static string EnglishKey(string text) =>
        string.Join(' ', TextAnalysis.Analyze(PatentAnalyzers.English, "ti_en", text).Select(t => t.Term));

    internal static TranslationLexicon Parse(IEnumerable<string> technical, IEnumerable<string> fvdp, IEnumerable<string> wiktionary)
    {
        var lexicon = new TranslationLexicon();
        foreach (var (vi, en, rank) in Pairs(technical))
        {
            lexicon.AddVietnamese(vi, en, Technical, rank, curated: true);
            lexicon.AddEnglish(en, vi, Technical, 0, curated: true);
        }

        foreach (var (vi, en, rank) in Pairs(fvdp))
        {
            lexicon.AddVietnamese(vi, en, Fvdp, rank, curated: false);
            lexicon.AddEnglish(en, vi, Inverted, rank, curated: false);
        }

        foreach (var (en, vi, rank) in Pairs(wiktionary))
        {
            lexicon.AddEnglish(en, vi, Wiktionary, rank, curated: false);
            lexicon.AddVietnamese(vi, en, Inverted, rank, curated: false);
        }

        // Settle every key's senses now, so concurrent searches only ever read.
        foreach (var s in lexicon._vietnamese.Values.Concat(lexicon._english.Values)) _ = s.Best;
        return lexicon;
    }

    private static TranslationLexicon Load() => Parse(
        EmbeddedText.ReadLines("Patents/lexicon-vi-en-technical.tsv"),
        EmbeddedText.ReadLines("Patents/lexicon-vi-en-fvdp.tsv.gz"),
        EmbeddedText.ReadLines("Patents/lexicon-en-vi-wiktionary.tsv.gz"));

    /// <summary>Lines <c>source TAB translation; translation</c>: each pair with its rank among the line's senses.</summary>
    private static IEnumerable<(string Source, string Translation, int Rank)> Pairs(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var source = line[..tab].Trim();
            var rank = 0;
            foreach (var t in line[(tab + 1)..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return (source, t, rank++);
            }
        }
    }

    private void AddVietnamese(string vi, string en, float weight, int rank, bool curated)
    {
        var key = VietnameseKey(vi);
        if (key.Length == 0 || key.Split(' ').Length > MaxWords) return;
        Add(_vietnamese, key, new LexiconEntry(TextNormalizer.Normalize(vi), en, Decay(weight, rank)), curated);
    }

    private void AddEnglish(string en, string vi, float weight, int rank, bool curated)
    {
        var key = EnglishKey(en);
        if (key.Length == 0 || key.Split(' ').Length > MaxWords) return;
        Add(_english, key, new LexiconEntry(en, TextNormalizer.Normalize(vi), Decay(weight, rank)), curated);
    }

    /// <summary>Later senses of a line are less likely what a searcher meant.</summary>
    private static float Decay(float weight, int rank) => weight * Math.Max(0.4f, 1f - 0.15f * rank);

    private static void Add(Dictionary<string, Senses> table, string key, LexiconEntry entry, bool curated)
    {
        if (!table.TryGetValue(key, out var senses)) table[key] = senses = new Senses();
        senses.Add(entry, curated);
    }

    /// <summary>The senses of one key: curated ones when there are any, else the dictionaries', best first.</summary>
    private sealed class Senses
    {
        private readonly List<LexiconEntry> _curated = [];
        private readonly List<LexiconEntry> _general = [];
        private List<LexiconEntry>? _best;

        public IReadOnlyList<LexiconEntry> Best => _best ??= [.. (_curated.Count > 0 ? _curated : _general).OrderByDescending(e => e.Weight)];

        public void Add(LexiconEntry entry, bool curated)
        {
            var list = curated ? _curated : _general;
            var same = list.FindIndex(e => e.Source == entry.Source && e.Translation == entry.Translation);
            if (same < 0) list.Add(entry);
            else if (list[same].Weight < entry.Weight) list[same] = entry;
            _best = null;
        }
    }
}
