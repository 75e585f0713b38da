using SearchEngine.Text;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Meaning;

/// <summary>
/// Words and compounds of Vietnamese, Sino-Vietnamese and English mapped to concept ids, so marks that say
/// the same thing in different words meet on one id. A concept id is an English lemma chosen by WordNet
/// (<c>big</c> for big and large), so the Vietnamese side reaches it through its English glosses and the
/// English side directly. Built from the shipped files in <c>Resources/meaning/</c> (see the README there).
/// </summary>
internal sealed class ConceptLexicon
{
    /// <summary>Longest compound looked up, in syllables or words ("mặt trời", "thiên nga", "ice cream").</summary>
    public const int MaxPhraseLength = 4;

    /// <summary>Concepts kept per entry: a dictionary's later senses are the noisy ones.</summary>
    private const int MaxConceptsPerEntry = 6;

    /// <summary>Concepts kept for letters typed without marks, which stand for several toned words at once.</summary>
    private const int MaxFoldedConcepts = 16;

    private static readonly Lazy<ConceptLexicon> Shipped = new(() => new ConceptLexicon(
        EmbeddedText.ReadLines("meaning/sino-vietnamese.tsv"),
        EmbeddedText.ReadLines("meaning/vi-en-fvdp.tsv.gz"),
        EmbeddedText.ReadLines("meaning/en-vi-wiktionary.tsv.gz"),
        EmbeddedText.ReadLines("meaning/en-wordnet.tsv.gz")));

    public static ConceptLexicon Default => Shipped.Value;

    private readonly Dictionary<string, Entry> _vietnamese = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _english = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);

    /// <summary>The concepts of one phrase; <see cref="Readings"/> counts the toned phrases a folded one stands for.</summary>
    public sealed class Entry(int capacity = MaxConceptsPerEntry)
    {
        public List<string> Concepts { get; } = [];

        /// <summary>True when the phrase is a Sino-Vietnamese morpheme, which (like English) puts the modifier first.</summary>
        public bool SinoVietnamese { get; set; }

        public int Readings { get; set; }

        internal void Add(string concept)
        {
            if (Concepts.Count < capacity && !Concepts.Contains(concept)) Concepts.Add(concept);
        }
    }

    /// <param name="sino">Rows <c>sino morphemes TAB native words TAB english</c> (the first column may be empty).</param>
    /// <param name="vietnameseEnglish">Rows <c>vietnamese TAB english,english</c>.</param>
    /// <param name="englishVietnamese">Rows <c>english TAB vietnamese|vietnamese</c>.</param>
    /// <param name="wordnet">Rows <c>english word TAB the concept id it shares its first sense with</c>.</param>
    public ConceptLexicon(IEnumerable<string> sino, IEnumerable<string> vietnameseEnglish, IEnumerable<string> englishVietnamese, IEnumerable<string> wordnet)
    {
        foreach (var line in wordnet)
        {
            var c = line.Split('\t');
            if (c.Length == 2) _canonical[c[0].Trim()] = c[1].Trim();
        }

        // the hand-written table first: its senses are the ones brand names use, so they lead each entry
        foreach (var line in sino)
        {
            var c = line.Split('\t');
            if (c.Length < 2) continue;
            var (morphemes, native, english) = c.Length >= 3 ? (c[0], c[1], c[2]) : ("", c[0], c[1]);
            var concepts = Words(english).Select(Concept).ToList();
            foreach (var m in Words(morphemes)) AddVietnamese(m, concepts, sinoVietnamese: true);
            foreach (var n in Words(native)) AddVietnamese(n, concepts, sinoVietnamese: false);
            foreach (var e in Words(english)) AddEnglish(e);
        }

        foreach (var line in vietnameseEnglish)
        {
            var c = line.Split('\t');
            if (c.Length != 2) continue;
            var english = c[1].Split(',', StringSplitOptions.RemoveEmptyEntries);
            AddVietnamese(c[0], english.Select(Concept).ToList(), sinoVietnamese: false);
            foreach (var e in english) AddEnglish(e);
        }

        foreach (var line in englishVietnamese)
        {
            var c = line.Split('\t');
            if (c.Length != 2) continue;
            AddEnglish(c[0]);
            var concept = Concept(c[0]);
            foreach (var v in c[1].Split('|', StringSplitOptions.RemoveEmptyEntries)) AddVietnamese(v, [concept], sinoVietnamese: false);
        }

        foreach (var key in _canonical.Keys) AddEnglish(key);
        var readings = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in _vietnamese)
        {
            var folded = string.Join(' ', phrase.Split(' ').Select(MarkFolding.Fold));
            if (!readings.TryGetValue(folded, out var list)) readings[folded] = list = [];
            list.Add(entry);
        }

        foreach (var (folded, list) in readings)
        {
            var f = new Entry(MaxFoldedConcepts) { Readings = list.Count, SinoVietnamese = list.Any(e => e.SinoVietnamese) };
            // Each toned reading's first sense before any reading's second: the dictionaries list dương before
            // đường, and a cap filled reading by reading would keep only the senses of the first few.
            for (var sense = 0; sense < MaxConceptsPerEntry; sense++)
            {
                foreach (var e in list.Where(e => sense < e.Concepts.Count)) f.Add(e.Concepts[sense]);
            }

            _folded[folded] = f;
        }
    }

    /// <summary>A Vietnamese phrase as written with its marks (normalised syllables joined by spaces).</summary>
    public Entry? Vietnamese(string normalizedPhrase) => _vietnamese.GetValueOrDefault(normalizedPhrase);

    /// <summary>A Vietnamese phrase typed without marks: every toned phrase with those letters at once.</summary>
    public Entry? Folded(string foldedPhrase) => _folded.GetValueOrDefault(foldedPhrase);

    /// <summary>The concept of an English word or phrase (words joined by '_'), plurals reduced; null when unknown.</summary>
    public string? English(string word)
    {
        if (_english.TryGetValue(word, out var c)) return c;
        if (word.Length < 4 || word[^1] != 's') return null;
        if (word.EndsWith("ies", StringComparison.Ordinal) && _english.TryGetValue(word[..^3] + "y", out c)) return c;
        if (word.EndsWith("es", StringComparison.Ordinal) && _english.TryGetValue(word[..^2], out c)) return c;
        return _english.GetValueOrDefault(word[..^1]);
    }

    /// <summary>The id of an English lemma: the word WordNet groups it under, else the word itself.</summary>
    public string Concept(string english)
    {
        var w = english.Trim().ToLowerInvariant().Replace(' ', '_');
        return _canonical.GetValueOrDefault(w, w);
    }

    private void AddEnglish(string word)
    {
        var w = word.Trim().ToLowerInvariant().Replace(' ', '_');
        if (w.Length > 1) _english.TryAdd(w, Concept(w));
    }

    private void AddVietnamese(string phrase, IReadOnlyList<string> concepts, bool sinoVietnamese)
    {
        var syllables = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // a phrase in another script (Chữ Nôm) is no spelling a mark is searched by
        if (syllables.Length is 0 or > MaxPhraseLength || phrase.Any(char.IsSurrogate)) return;
        var key = string.Join(' ', syllables.Select(MarkFolding.Normalize));
        if (!_vietnamese.TryGetValue(key, out var entry)) _vietnamese[key] = entry = new Entry();
        entry.SinoVietnamese |= sinoVietnamese && syllables.Length == 1;
        foreach (var c in concepts) entry.Add(c);
    }

    private static IEnumerable<string> Words(string column) =>
        column.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
