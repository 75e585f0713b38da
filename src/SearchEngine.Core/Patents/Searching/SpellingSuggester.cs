using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;
using SearchEngine.Text;

namespace SearchEngine.Patents.Searching;

/// <summary>
/// "Did you mean": for a query word that no document of either language contains, the index's own
/// term closest to it (at most one edit for words under six letters, two above; the most frequent among
/// the closest), shown as written in a document (its accents and ending, not the stemmed or folded form).
/// Lucene.Net's DirectSpellChecker (Lucene.Net.Suggest) is not served here, so this walks the same
/// Levenshtein automaton over the abstract and title terms with <see cref="FuzzyTermsEnum"/>.
/// </summary>
internal static class SpellingSuggester
{
    private const int MinLength = 4;
    private const int MaxWords = 8;

    public static IReadOnlyList<SpellingSuggestion> Suggest(IndexSearcher searcher, IEnumerable<string> words)
    {
        var reader = searcher.IndexReader;
        var list = new List<SpellingSuggestion>();
        foreach (var word in words.Distinct().Take(MaxWords))
        {
            if (word.Length < MinLength || word.Any(char.IsDigit)) continue;
            var analysed = PatentLanguages.All.Select(l => (Lang: l, Terms: TextAnalysis.Analyze(PatentAnalyzers.For(l), PatentFields.Text(TextFamily.Abstract, l), word))).ToList();
            if (analysed.Any(a => a.Terms.Any(t => Occurs(reader, a.Lang, t.Term)))) continue;
            (string Term, PatentLanguage Lang, int Edits, int Freq)? best = null;
            foreach (var (lang, terms) in analysed)
            {
                if (terms.Count != 1) continue;
                foreach (var family in new[] { TextFamily.Abstract, TextFamily.Title })
                {
                    if (Closest(reader, PatentFields.Text(family, lang), terms[0].Term) is not { } c) continue;
                    if (best is null || c.Edits < best.Value.Edits || (c.Edits == best.Value.Edits && c.Freq > best.Value.Freq)) best = (c.Term, lang, c.Edits, c.Freq);
                }
            }

            if (best is { } b && Surface(searcher, b.Lang, b.Term) is { } surface && TextNormalizer.Fold(surface) != TextNormalizer.Fold(word))
            {
                list.Add(new SpellingSuggestion(word, surface));
            }
        }

        return list;
    }

    /// <summary>The plain words of a query (not prefixes, codes, numbers or negated words), in order.</summary>
    public static IEnumerable<string> Words(QueryNode node) => node switch
    {
        TermNode { IsPrefix: false, Field: null or FieldCode.TI or FieldCode.AB or FieldCode.CL or FieldCode.DE } t => [t.Text],
        PhraseNode { Field: null or FieldCode.TI or FieldCode.AB or FieldCode.CL or FieldCode.DE } p => p.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries),
        AndNode a => a.Items.SelectMany(Words),
        OrNode o => o.Items.SelectMany(Words),
        NearNode n => Words(n.Left).Concat(Words(n.Right)),
        _ => [],
    };

    private static bool Occurs(IndexReader reader, PatentLanguage lang, string term) =>
        PatentFields.TextFamilies.Any(f => reader.DocFreq(new Term(PatentFields.Text(f, lang), term)) > 0);

    private static (string Term, int Edits, int Freq)? Closest(IndexReader reader, string field, string term)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null) return null;
        var edits = term.Length < 6 ? 1 : 2;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(field, term), edits, 1, true);
        (string Term, int Edits, int Freq)? best = null;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            var distance = Distance(candidate, term);
            var freq = fuzzy.DocFreq;
            if (best is null || distance < best.Value.Edits || (distance == best.Value.Edits && freq > best.Value.Freq)) best = (candidate, distance, freq);
        }

        return best;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>The term as a document writes it: the first title or abstract word that analyses to it.</summary>
    private static string? Surface(IndexSearcher searcher, PatentLanguage lang, string term)
    {
        foreach (var family in new[] { TextFamily.Title, TextFamily.Abstract })
        {
            var field = PatentFields.Text(family, lang);
            var top = searcher.Search(new TermQuery(new Term(field, term)), 1);
            if (top.TotalHits == 0) continue;
            var record = PatentDocument.Read(searcher.Doc(top.ScoreDocs[0].Doc));
            var text = family == TextFamily.Title ? record.Title : record.Abstract;
            var token = TextAnalysis.Analyze(PatentAnalyzers.For(lang), field, text).FirstOrDefault(t => t.Term == term);
            if (token.Term is not null) return text[token.Start..token.End].ToLowerInvariant();
        }

        return null;
    }
}
