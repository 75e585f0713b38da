using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;
using SearchEngine.Text;

namespace SearchEngine.Patents.CrossLingual;

/// <summary>A parsed query with its translations (or unchanged, with none, when nothing could be translated).</summary>
internal sealed record TranslatedQuery(QueryNode Node, IReadOnlyList<QueryTranslation> Translations);

/// <summary>
/// Translates a parsed query for documents of the other language. Runs of plain words are cut into the
/// longest terms the lexicon knows (<c>pin nhiên liệu oxit rắn</c> is one term, solid oxide fuel cell,
/// before <c>pin</c> is battery), each term becomes "any of its translations, or the term itself", weighted
/// by trust. The original query still searches its own language unchanged. Words with no translation are
/// left out of the translated version (an English document cannot contain them) unless they look like
/// names or codes; IPC, date and number filters carry over; proximity is not translated.
/// </summary>
internal static class QueryTranslator
{
    /// <summary>Translations tried per term, best first.</summary>
    private const int MaxSenses = 4;
    /// <summary>The untranslated term on the other side: it may be a shared word (laser, video), rarely is.</summary>
    private const float OriginalWeight = 0.3f;

    public static TranslatedQuery Translate(QueryNode node, TranslationLexicon lexicon)
    {
        var words = new List<TermNode>();
        CollectWords(node, words);
        if (words.Count == 0) return new TranslatedQuery(node, []);
        var found = new List<QueryTranslation>();
        var translated = new Dictionary<PatentLanguage, QueryNode>();
        foreach (var direction in Directions(words, lexicon))
        {
            var rewriter = new Rewriter(lexicon, direction, found);
            if (rewriter.Rewrite(node) is { Translated: true } r) translated[direction.Target] = r.Node!;
        }

        return translated.Count == 0
            ? new TranslatedQuery(node, [])
            : new TranslatedQuery(new CrossLingualNode(node.Position, node, translated), found.Distinct().ToList());
    }

    /// <summary>
    /// Which way to translate: accents mean Vietnamese; otherwise whichever language's lexicon covers more
    /// of the words (both ways on a tie).
    /// </summary>
    private static IEnumerable<Direction> Directions(List<TermNode> words, TranslationLexicon lexicon)
    {
        if (words.Any(w => TextNormalizer.HasDiacritics(w.Text)))
        {
            yield return Direction.FromVietnamese;
            yield break;
        }

        var texts = words.Select(w => w.Text).ToList();
        var vi = Coverage(texts, Direction.FromVietnamese, lexicon);
        var en = Coverage(texts, Direction.FromEnglish, lexicon);
        if (vi >= en && vi > 0) yield return Direction.FromVietnamese;
        if (en >= vi && en > 0) yield return Direction.FromEnglish;
    }

    /// <summary>Words covered by lexicon terms, each counted by its best sense's trust (a curated term beats a general-dictionary one).</summary>
    private static float Coverage(List<string> words, Direction d, TranslationLexicon lexicon) =>
        Segment(words, d, lexicon).Where(s => s.Entries.Count > 0).Sum(s => s.Length * s.Entries[0].Weight);

    /// <summary>Greedy longest-first cut of a run of words into lexicon terms; unknown words are single segments without entries.</summary>
    private static List<(int Start, int Length, IReadOnlyList<LexiconEntry> Entries)> Segment(IReadOnlyList<string> words, Direction d, TranslationLexicon lexicon)
    {
        var segments = new List<(int, int, IReadOnlyList<LexiconEntry>)>();
        for (var i = 0; i < words.Count;)
        {
            if (d.IsStopWord(words[i]))
            {
                i++;
                continue;
            }

            var matched = false;
            for (var len = Math.Min(TranslationLexicon.MaxWords, words.Count - i); len >= 1 && !matched; len--)
            {
                var text = string.Join(' ', words.Skip(i).Take(len));
                var entries = d.Lookup(lexicon, text);
                if (entries.Count == 0) continue;
                segments.Add((i, len, entries));
                i += len;
                matched = true;
            }

            if (!matched) segments.Add((i++, 1, []));
        }

        return segments;
    }

    private static void CollectWords(QueryNode node, List<TermNode> into)
    {
        switch (node)
        {
            case TermNode t when IsWord(t): into.Add(t); break;
            case PhraseNode p when IsText(p.Field): into.AddRange(p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new TermNode(p.Position, p.Field, w, false))); break;
            case AndNode a: foreach (var i in a.Items) CollectWords(i, into); break;
            case OrNode o: foreach (var i in o.Items) CollectWords(i, into); break;
            case NotNode n: CollectWords(n.Operand, into); break;
        }
    }

    private static bool IsWord(TermNode t) => !t.IsPrefix && IsText(t.Field);

    private static bool IsText(FieldCode? f) => f is null or FieldCode.TI or FieldCode.AB or FieldCode.CL or FieldCode.DE;

    /// <summary>One way of translating: the lexicon side it reads and the language it writes.</summary>
    private sealed record Direction(PatentLanguage Target, bool FromVi)
    {
        public static readonly Direction FromVietnamese = new(PatentLanguage.English, true);
        public static readonly Direction FromEnglish = new(PatentLanguage.Vietnamese, false);

        public bool IsStopWord(string word) => FromVi
            ? VietnameseStopWords.Contains(TextNormalizer.Fold(word))
            : TranslationLexicon.EnglishKey(word).Length == 0;

        /// <summary>Entries for the words; typed with accents, the senses of exactly that spelling come first.</summary>
        public IReadOnlyList<LexiconEntry> Lookup(TranslationLexicon lexicon, string text)
        {
            if (!FromVi) return lexicon.FromEnglish(TranslationLexicon.EnglishKey(text));
            var entries = lexicon.FromVietnamese(TranslationLexicon.VietnameseKey(text));
            if (entries.Count == 0 || !TextNormalizer.HasDiacritics(text)) return entries;
            var exact = TextNormalizer.Normalize(text);
            var same = entries.Where(e => e.Source == exact).ToList();
            return same.Count > 0 ? same : entries;
        }

        /// <summary>A word without translation that a document in the other language may still hold: a code, a number, a foreign name.</summary>
        public bool Keeps(string word) => word.Any(char.IsDigit) || (FromVi && word.Any(c => c is 'f' or 'j' or 'w' or 'z' or 'F' or 'J' or 'W' or 'Z'));
    }

    private readonly record struct Rewritten(QueryNode? Node, bool Translated);

    private sealed class Rewriter(TranslationLexicon lexicon, Direction direction, List<QueryTranslation> found)
    {
        public Rewritten Rewrite(QueryNode node)
        {
            switch (node)
            {
                case TermNode t when IsWord(t):
                    return Sequence(node.Position, [t]);
                case PhraseNode p when IsText(p.Field):
                    return Phrase(p);
                case AndNode a:
                    return Sequence(a.Position, a.Items);
                case OrNode o:
                    var parts = o.Items.Select(Rewrite).Where(r => r.Node is not null).ToList();
                    if (parts.Count == 0) return new(null, false);
                    return new(parts.Count == 1 ? parts[0].Node : new OrNode(o.Position, parts.Select(p => p.Node!).ToList()), parts.Any(p => p.Translated));
                case NotNode n:
                    var inner = Rewrite(n.Operand);
                    return inner.Node is null ? new(null, false) : new(new NotNode(n.Position, inner.Node), false);
                default:
                    // Filters (IC, PD, AN), prefixes and proximity carry over as written.
                    return new(node, false);
            }
        }

        private Rewritten Phrase(PhraseNode p)
        {
            var entries = direction.Lookup(lexicon, p.Text);
            if (entries.Count == 0) return new(null, false);
            var words = p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new TermNode(p.Position, p.Field, w, false)).ToList();
            return new(Concept(words, entries, p), true);
        }

        /// <summary>An AND of items: runs of plain words of one field are segmented and translated; other items are rewritten.</summary>
        private Rewritten Sequence(int position, IReadOnlyList<QueryNode> items)
        {
            var terms = new List<QueryNode>();
            var others = new List<QueryNode>();
            var translated = false;
            for (var i = 0; i < items.Count;)
            {
                if (items[i] is TermNode t && IsWord(t))
                {
                    var run = new List<TermNode>();
                    while (i < items.Count && items[i] is TermNode w && IsWord(w) && w.Field == t.Field)
                    {
                        run.Add(w);
                        i++;
                    }

                    foreach (var (start, length, entries) in Segment(run.Select(w => w.Text).ToList(), direction, lexicon))
                    {
                        var span = run.GetRange(start, length);
                        if (entries.Count > 0)
                        {
                            terms.Add(Concept(span, entries, null));
                            translated = true;
                        }
                        else if (direction.Keeps(span[0].Text))
                        {
                            terms.Add(span[0]);
                        }
                    }

                    continue;
                }

                var r = Rewrite(items[i++]);
                if (r.Node is not null) others.Add(r.Node);
                translated |= r.Translated;
            }

            // Filters alone would match every document of the other language: no translation at all.
            if (!translated) return new(null, false);
            // Filters, phrases and groups stay required; of the translated terms only two thirds are.
            var output = new List<QueryNode>(others);
            if (terms.Count >= 3) output.Add(new AtLeastNode(position, terms, Lenient(terms.Count)));
            else output.AddRange(terms);
            return new(output.Count == 1 ? output[0] : new AndNode(position, output), true);
        }

        /// <summary>A translated term: any of its senses, or the term as written (weighted low).</summary>
        private QueryNode Concept(List<TermNode> span, IReadOnlyList<LexiconEntry> entries, PhraseNode? phrase)
        {
            var field = span[0].Field;
            var from = string.Join(' ', span.Select(w => w.Text));
            var alternatives = new List<QueryNode>
            {
                new WeightedNode(span[0].Position, (QueryNode?)phrase ?? (span.Count == 1 ? span[0] : new AndNode(span[0].Position, span)), OriginalWeight),
            };
            foreach (var e in entries.DistinctBy(e => e.Translation).Take(MaxSenses))
            {
                var words = e.Translation.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                QueryNode target = words.Length == 1 ? new TermNode(span[0].Position, field, words[0], false) : new PhraseNode(span[0].Position, field, e.Translation);
                alternatives.Add(new WeightedNode(span[0].Position, target, e.Weight));
                found.Add(new QueryTranslation(from, e.Translation, PatentLanguages.Code(direction.Target)));
            }

            return new OrNode(span[0].Position, alternatives);
        }
    }

    /// <summary>
    /// A translation loses and shifts meaning (a sense the document does not use, a word it phrases
    /// differently), so the translated version asks for two thirds of its terms, not all.
    /// </summary>
    internal static int Lenient(int terms) => terms <= 2 ? terms : (int)Math.Ceiling(terms * 2 / 3.0);
}
