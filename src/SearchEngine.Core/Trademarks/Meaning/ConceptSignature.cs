using SearchEngine.Text;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Meaning;

/// <summary>
/// What a mark says: per token, the concepts of every word or compound covering it, each with how sure the
/// reading is. Order-free, so the head-first native <c>Rồng Đỏ</c>, the modifier-first Sino-Vietnamese
/// <c>Hồng Long</c> and English <c>Red Dragon</c> share one signature {dragon, red}; <see cref="HeadFirst"/>
/// keeps the order only to write the concepts the English way in reasons.
/// </summary>
internal sealed class ConceptSignature
{
    /// <summary>A reading of a mark typed without marks that several toned words share (rong: rồng, rộng, ròng).</summary>
    private const float AmbiguousCertainty = 0.6f;

    /// <summary>A folded word with a single toned reading, or an English word that is also a folded Vietnamese one.</summary>
    private const float LikelyCertainty = 0.85f;

    /// <summary>A toneless word read as the word it spells (thanh, kim, long), rather than as another tone of it.</summary>
    private const float LiteralCertainty = 0.9f;

    /// <summary>
    /// Words that join the words of a mark (King of the Sea, Vua của Biển) even where a dictionary gives them a
    /// sense (của = property): the shipped stop lists also hold words that are brand words here (sao = star,
    /// nhất = first), so they count only when no sense is known.
    /// </summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "for", "to", "in", "on", "by", "with", "và", "của", "là", "các", "những", "với",
    };

    public static readonly ConceptSignature Empty = new([], [], false);

    private ConceptSignature(IReadOnlyList<Dictionary<string, float>> tokens, bool[] functionWords, bool headFirst)
    {
        Tokens = tokens;
        FunctionWords = functionWords;
        HeadFirst = headFirst;
        Concepts = tokens.SelectMany(t => t.Keys).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Per token of the mark: concept → certainty of that reading (0..1); empty for a word with no known meaning.</summary>
    public IReadOnlyList<Dictionary<string, float>> Tokens { get; }

    /// <summary>Per token: a function word with no meaning of its own (of, the, và, của), which says nothing either way.</summary>
    public bool[] FunctionWords { get; }

    /// <summary>Every concept of the mark, in the order first met: the terms of the index field.</summary>
    public IReadOnlyList<string> Concepts { get; }

    /// <summary>True when most meaningful tokens are native Vietnamese words, which put the head first (Rồng Đỏ).</summary>
    public bool HeadFirst { get; }

    public bool IsEmpty => Concepts.Count == 0;

    public static ConceptSignature Of(MarkText text) => Of(text, ConceptLexicon.Default);

    public static ConceptSignature Of(MarkText text, ConceptLexicon lexicon)
    {
        var n = text.Tokens.Count;
        if (n == 0) return Empty;
        var tokens = new Dictionary<string, float>[n];
        for (var i = 0; i < n; i++) tokens[i] = new Dictionary<string, float>(StringComparer.Ordinal);
        var native = 0;
        var modifierFirst = 0;
        var accented = text.HasMarks;
        for (var i = 0; i < n; i++)
        {
            for (var len = Math.Min(ConceptLexicon.MaxPhraseLength, n - i); len >= 1; len--)
            {
                var (concepts, sino) = Read(text, i, len, accented, lexicon);
                if (concepts.Count == 0) continue;
                for (var k = i; k < i + len; k++)
                {
                    foreach (var (c, certainty) in concepts)
                    {
                        if (!tokens[k].TryGetValue(c, out var was) || was < certainty) tokens[k][c] = certainty;
                    }
                }

                if (len == 1)
                {
                    if (sino) modifierFirst++;
                    else native++;
                }
            }
        }

        var functionWords = new bool[n];
        for (var i = 0; i < n; i++)
        {
            functionWords[i] = Joiners.Contains(text.NormalizedTokens[i]) || (tokens[i].Count == 0 && StopWords.Default.Contains(text.NormalizedTokens[i]));
        }

        return new ConceptSignature(tokens, functionWords, native > modifierFirst && accented);
    }

    /// <summary>
    /// The concepts of tokens [start, start+len): a toned mark is read as written; a plain ASCII one as English
    /// and as every Vietnamese phrase with those letters, less surely the more phrases share them.
    /// </summary>
    private static (List<(string Concept, float Certainty)> Concepts, bool ModifierFirst) Read(MarkText text, int start, int len, bool accented, ConceptLexicon lexicon)
    {
        var found = new List<(string, float)>();
        var folded = Phrase(text.Tokens, start, len);
        var english = len <= 3 && SameWords(text.NormalizedTokens, text.Tokens, start, len)
            ? lexicon.English(folded.Replace(' ', '_'))
            : null;
        var entry = accented ? lexicon.Vietnamese(Phrase(text.NormalizedTokens, start, len)) : lexicon.Folded(folded);
        // a toned mark is read as written; a plain one as every toned phrase with its letters, less surely the
        // more there are, except the phrase it spells as it stands (Thanh Long needs no marks)
        var certainty = accented ? 1f : entry?.Readings == 1 ? LikelyCertainty : AmbiguousCertainty;
        var literal = accented || entry is null ? null : lexicon.Vietnamese(folded);
        // an English word that is also a toneless Vietnamese one (long, dao, son) keeps both readings, neither sure
        if (english is not null) found.Add((english, entry is null ? 1f : LikelyCertainty));
        if (literal is not null) found.AddRange(literal.Concepts.Where(c => c != english).Select(c => (c, LiteralCertainty)));
        if (entry is not null) found.AddRange(entry.Concepts.Where(c => c != english && literal?.Concepts.Contains(c) != true).Select(c => (c, certainty)));
        return (found, entry is null ? english is not null : entry.SinoVietnamese);
    }

    /// <summary>Tokens [start, start+len) joined by spaces (every word and phrase of every mark is looked up: no LINQ here).</summary>
    private static string Phrase(IReadOnlyList<string> tokens, int start, int len)
    {
        if (len == 1) return tokens[start];
        var sb = new System.Text.StringBuilder(tokens[start]);
        for (var i = start + 1; i < start + len; i++) sb.Append(' ').Append(tokens[i]);
        return sb.ToString();
    }

    private static bool SameWords(IReadOnlyList<string> a, IReadOnlyList<string> b, int start, int len)
    {
        for (var i = start; i < start + len; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        }

        return true;
    }
}
