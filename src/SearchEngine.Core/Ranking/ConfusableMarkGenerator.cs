using System.Text;
using SearchEngine.Text;
using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Ranking;

/// <summary>An earlier mark a generated query must find.</summary>
public sealed record RegisterMark(string Number, string Mark, IReadOnlyList<int> Classes);

/// <summary>A generated query in the evaluation file format: a mark altered by one confusion mechanism.</summary>
public sealed record ConfusableQuery(string Qid, string Mark, IReadOnlyList<int> Classes, string Mechanism, string Source, IReadOnlyList<string> Relevant);

/// <summary>
/// Makes training queries the way confusing marks arise in filings: an earlier mark altered by one
/// mechanism (stripped diacritics, a changed tone, a dialect onset or coda swap, spacing, a typo, two
/// letters transposed, a generic word added, a word dropped, English-style spelling, case or punctuation,
/// a changed vowel). Each query's relevant marks are its source plus every mark spelt with the same letters.
/// Deterministic for a seed, so a shipped query file can be regenerated exactly.
/// </summary>
public sealed class ConfusableMarkGenerator(int seed)
{
    public static readonly IReadOnlyList<string> Mechanisms =
    [
        "strip_diacritics", "tone", "dialect_onset", "dialect_coda", "spacing", "typo",
        "transpose", "add_generic", "drop_word", "en_phonetic", "case_punct", "vowel",
    ];

    /// <summary>
    /// How real conflicts arise (refusals and oppositions): the earlier mark's dominant element kept while
    /// the rest changes. Words are added around it, it is glued into a compound, the words are reordered,
    /// or its distinctive word is kept with new descriptive words, sometimes respelt.
    /// </summary>
    public static readonly IReadOnlyList<string> ElementMechanisms =
    [
        "add_descriptive", "compound", "reorder", "keep_element", "element_respelt",
    ];

    private static readonly string[] DescriptiveWords =
    [
        "Distribuidora", "Services", "Tecnologia", "Educação", "Auto Peças", "Lingerie", "Moda", "Burger", "Bar e Adega",
        "Cervejaria", "Engenharia", "Consultoria", "Imobiliária", "Telecom", "Mix", "Store", "Kitchen", "Shoes", "Gym",
        "Cosmetics", "Pharma", "Studio", "Nhà Hàng", "Cửa Hàng", "Thời Trang", "Mỹ Phẩm", "Điện Máy", "Quán",
    ];

    private static readonly string[] CompoundWords = ["new", "top", "max", "bar", "net", "bio", "eco", "mega", "super", "vina", "viet", "pro", "go", "my"];

    private static readonly string[] GenericWords = ["Cà Phê", "Group", "Food", "Việt Nam", "Trà", "Shop", "Pharma", "Plus", "Company", "Quán"];
    private static readonly (string From, string[] To)[] Onsets =
    [
        ("gi", ["d", "r", "v"]), ("ch", ["tr"]), ("tr", ["ch"]), ("d", ["gi", "r", "v"]), ("r", ["d", "gi"]),
        ("v", ["d", "gi"]), ("s", ["x"]), ("x", ["s"]),
    ];

    private static readonly (string From, string[] To)[] Codas = [("ng", ["n"]), ("nh", ["n"]), ("ch", ["t"]), ("n", ["ng", "nh"]), ("c", ["t"]), ("t", ["c", "ch"])];
    private static readonly (string From, string To)[] EnglishSpellings =
    [
        ("ph", "f"), ("f", "ph"), ("c", "k"), ("k", "c"), ("y", "i"), ("i", "y"), ("s", "z"), ("z", "s"), ("qu", "kw"), ("x", "ks"),
    ];

    private readonly Random _random = new(seed);

    /// <param name="withElements">Also cycle through <see cref="ElementMechanisms"/> (the real-conflict shapes).</param>
    public IReadOnlyList<ConfusableQuery> Generate(IReadOnlyList<RegisterMark> register, int count, bool withElements = false)
    {
        var mechanisms = withElements ? Mechanisms.Concat(ElementMechanisms).ToList() : Mechanisms;
        var usable = register.Where(m => Letters(m.Mark).Length >= 3).ToList();
        if (usable.Count == 0) throw new SearchEngineException("the register has no mark of three letters or more to alter");
        var byLetters = register.ToLookup(m => Letters(m.Mark), StringComparer.Ordinal);

        var queries = new List<ConfusableQuery>(count);
        for (var attempts = 0; queries.Count < count && attempts < count * 50; attempts++)
        {
            var mechanism = mechanisms[queries.Count % mechanisms.Count];
            var source = usable[_random.Next(usable.Count)];
            var altered = Alter(source.Mark, mechanism);
            if (altered is null || altered == source.Mark || Letters(altered).Length == 0) continue;

            var relevant = byLetters[Letters(source.Mark)].Select(m => m.Number).Prepend(source.Number).Distinct().ToList();
            queries.Add(new ConfusableQuery($"g{queries.Count + 1}", altered, source.Classes, mechanism, source.Mark, relevant));
        }

        return queries;
    }

    /// <summary>The mark altered by one mechanism, or null when the mechanism does not apply to it.</summary>
    public string? Alter(string mark, string mechanism) => mechanism switch
    {
        "strip_diacritics" => Map(mark, c => VietnameseLetters.TryDecompose(c, out var t, out _, out var up) ? Case(VietnameseLetters.FoldToAscii(t), up) : c),
        "tone" => ChangeTone(mark),
        "dialect_onset" => SwapInSyllable(mark, Onsets, atStart: true),
        "dialect_coda" => SwapInSyllable(mark, Codas, atStart: false),
        "spacing" => Respace(mark),
        "typo" => Typo(mark),
        "transpose" => Transpose(mark),
        "add_generic" => _random.Next(2) == 0 ? $"{mark} {Pick(GenericWords)}" : $"{Pick(GenericWords)} {mark}",
        "drop_word" => DropWord(mark),
        "en_phonetic" => EnglishSpelling(mark),
        "case_punct" => CaseOrPunctuation(mark),
        "vowel" => ChangeVowel(mark),
        "add_descriptive" => AddDescriptive(mark),
        "compound" => Compound(mark),
        "reorder" => Reorder(mark),
        "keep_element" => KeepElement(mark),
        "element_respelt" => KeepElement(EnglishSpelling(mark) ?? mark),
        _ => throw new ArgumentOutOfRangeException(nameof(mechanism), mechanism, "unknown mechanism"),
    };

    /// <summary>Folded lower-case letters and digits only: marks spelt alike share this key.</summary>
    public static string Letters(string mark)
    {
        var sb = new StringBuilder(mark.Length);
        foreach (var c in mark)
        {
            var t = VietnameseLetters.TryDecompose(c, out var toneless, out _, out _) ? VietnameseLetters.FoldToAscii(toneless) : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(t)) sb.Append(t);
        }

        return sb.ToString();
    }

    private string? ChangeTone(string mark)
    {
        var vowels = Positions(mark, c => VietnameseLetters.TryDecompose(c, out var t, out _, out _) && VietnameseLetters.IsVowel(t));
        if (vowels.Count == 0) return null;
        var toned = vowels.Where(i => VietnameseLetters.TryDecompose(mark[i], out _, out var tone, out _) && tone != Tone.Level).ToList();
        var at = toned.Count > 0 ? Pick(toned) : Pick(vowels);
        VietnameseLetters.TryDecompose(mark[at], out var toneless, out var old, out var upper);
        // hỏi and ngã are the pair speakers confuse most; otherwise any other tone.
        var tone = old switch
        {
            Tone.Hook => Tone.Tilde,
            Tone.Tilde => Tone.Hook,
            _ => Pick(Enum.GetValues<Tone>().Where(t => t != old).ToArray()),
        };
        return Replace(mark, at, 1, VietnameseLetters.Compose(toneless, tone, upper).ToString());
    }

    private string? SwapInSyllable(string mark, (string From, string[] To)[] table, bool atStart)
    {
        var options = new List<(int At, int Length, string To)>();
        foreach (var (start, length) in Words(mark))
        {
            var folded = Map(mark.Substring(start, length), c => VietnameseLetters.TryDecompose(c, out var t, out _, out _) ? t : char.ToLowerInvariant(c));
            foreach (var (from, to) in table)
            {
                if (atStart ? folded.StartsWith(from, StringComparison.Ordinal) && folded.Length > from.Length
                            : folded.EndsWith(from, StringComparison.Ordinal) && folded.Length > from.Length)
                {
                    options.Add((atStart ? start : start + length - from.Length, from.Length, Pick(to)));
                    break; // longest match first: "ng" before "n"
                }
            }
        }

        if (options.Count == 0) return null;
        var (at, len, replacement) = Pick(options);
        return Replace(mark, at, len, MatchCase(mark.Substring(at, len), replacement));
    }

    private string? Respace(string mark)
    {
        var words = Words(mark);
        if (words.Count >= 2)
        {
            var i = _random.Next(words.Count - 1);
            var gapStart = words[i].Start + words[i].Length;
            return Replace(mark, gapStart, words[i + 1].Start - gapStart, _random.Next(2) == 0 ? "" : "-");
        }

        var (s, l) = words.Count == 1 ? words[0] : (0, 0);
        if (l < 6) return null;
        return Replace(mark, s + 2 + _random.Next(l - 4), 0, " ");
    }

    private string? Typo(string mark)
    {
        var letters = Positions(mark, char.IsLetter);
        if (letters.Count == 0) return null;
        var at = Pick(letters);
        var letter = (char)('a' + _random.Next(26));
        if (char.IsUpper(mark[at])) letter = char.ToUpperInvariant(letter);
        return _random.Next(3) switch
        {
            0 => Replace(mark, at, 1, letter.ToString()),
            1 => Replace(mark, at, 0, letter.ToString()),
            _ => letters.Count > 3 ? Replace(mark, at, 1, "") : null,
        };
    }

    private string? Transpose(string mark)
    {
        var pairs = Positions(mark, c => char.IsLetter(c)).Where(i => i + 1 < mark.Length && char.IsLetter(mark[i + 1]) && mark[i] != mark[i + 1]).ToList();
        if (pairs.Count == 0) return null;
        var at = Pick(pairs);
        return Replace(mark, at, 2, $"{mark[at + 1]}{mark[at]}");
    }

    private string? DropWord(string mark)
    {
        var words = Words(mark);
        if (words.Count < 2) return null;
        var drop = _random.Next(words.Count);
        var keep = words.Where((_, i) => i != drop).Select(w => mark.Substring(w.Start, w.Length));
        return string.Join(' ', keep);
    }

    private string? EnglishSpelling(string mark)
    {
        var lower = mark.ToLowerInvariant();
        var options = EnglishSpellings.SelectMany(p => Occurrences(lower, p.From).Select(at => (at, p.From.Length, p.To))).ToList();
        // Doubled consonants inside a word, as in "Vinamilk" → "Vinnamilk".
        var letters = Positions(mark, c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' && !"aeiouyAEIOUY".Contains(c))
            .Where(i => i > 0 && char.IsLetter(mark[i - 1])).ToList();
        if (options.Count == 0 || _random.Next(4) == 0)
        {
            if (letters.Count == 0) return null;
            var at = Pick(letters);
            return Replace(mark, at, 0, mark[at].ToString());
        }

        var (pos, len, to) = Pick(options);
        return Replace(mark, pos, len, MatchCase(mark.Substring(pos, len), to));
    }

    private string CaseOrPunctuation(string mark) => _random.Next(4) switch
    {
        0 => mark == mark.ToUpperInvariant() ? mark.ToLowerInvariant() : mark.ToUpperInvariant(),
        1 => mark.ToLowerInvariant() == mark ? string.Join(' ', mark.Split(' ').Select(w => w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : w)) : mark.ToLowerInvariant(),
        2 => mark + Pick(new[] { ".", "!", " ®", "™" }),
        _ => mark.Contains(' ') ? mark.Replace(" ", Pick(new[] { ". ", " & ", "-", ", " }), StringComparison.Ordinal) : "\"" + mark + "\"",
    };

    private string AddDescriptive(string mark)
    {
        var word = Pick(DescriptiveWords);
        var upper = mark == mark.ToUpperInvariant();
        if (upper) word = word.ToUpperInvariant();
        return _random.Next(3) switch
        {
            0 => $"{word} {mark}",
            1 => $"{mark} {word}",
            _ => $"{mark} {Pick(DescriptiveWords)} {(upper ? "E" : "e")} {word}",
        };
    }

    /// <summary>The mark (its longest word when it has several) glued to a short word: FENIX → NEWFENIX.</summary>
    private string? Compound(string mark)
    {
        var word = LongestWord(mark);
        if (word is null || word.Length < 4 || !word.All(char.IsAsciiLetterOrDigit)) return null;
        var extra = Pick(CompoundWords);
        var upper = word == word.ToUpperInvariant();
        if (upper) extra = extra.ToUpperInvariant();
        var glued = _random.Next(3) == 0 ? word + extra : extra + (upper ? word : word.ToLowerInvariant());
        return _random.Next(2) == 0 ? glued : $"{glued} {Pick(DescriptiveWords)}";
    }

    private static string? Reorder(string mark)
    {
        var words = Words(mark).Select(w => mark.Substring(w.Start, w.Length)).ToList();
        if (words.Count < 2) return null;
        return string.Join(' ', words.Skip(1).Append(words[0]));
    }

    /// <summary>The source's longest word kept, the others replaced by descriptive words: TORINO MASSAS → TORINO BRACERIA.</summary>
    private string? KeepElement(string mark)
    {
        var word = LongestWord(mark);
        if (word is null || word.Length < 4) return null;
        var extra = Pick(DescriptiveWords);
        if (word == word.ToUpperInvariant()) extra = extra.ToUpperInvariant();
        return _random.Next(2) == 0 ? $"{word} {extra}" : $"{extra} {word}";
    }

    private static string? LongestWord(string mark) =>
        Words(mark).Select(w => mark.Substring(w.Start, w.Length)).OrderByDescending(w => w.Length).FirstOrDefault();

    private string? ChangeVowel(string mark)
    {
        var vowels = Positions(mark, c => VietnameseLetters.TryDecompose(c, out var t, out _, out _) && VietnameseLetters.IsVowel(t));
        if (vowels.Count == 0) return null;
        var at = Pick(vowels);
        VietnameseLetters.TryDecompose(mark[at], out var toneless, out var tone, out var upper);
        var other = Pick("aăâeêioôơuưy".Where(v => v != toneless).ToArray());
        return Replace(mark, at, 1, VietnameseLetters.Compose(other, tone, upper).ToString());
    }

    private static List<(int Start, int Length)> Words(string mark)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < mark.Length;)
        {
            if (!char.IsLetterOrDigit(mark[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < mark.Length && char.IsLetterOrDigit(mark[i])) i++;
            words.Add((start, i - start));
        }

        return words;
    }

    private static List<int> Positions(string s, Func<char, bool> test) => Enumerable.Range(0, s.Length).Where(i => test(s[i])).ToList();

    private static IEnumerable<int> Occurrences(string s, string part)
    {
        for (var i = s.IndexOf(part, StringComparison.Ordinal); i >= 0; i = s.IndexOf(part, i + 1, StringComparison.Ordinal)) yield return i;
    }

    private static string Map(string s, Func<char, char> f) => string.Concat(s.Select(f));

    private static string Replace(string s, int at, int length, string with) => string.Concat(s.AsSpan(0, at), with, s.AsSpan(at + length));

    private static char Case(char c, bool upper) => upper ? char.ToUpperInvariant(c) : c;

    /// <summary>Writes <paramref name="to"/> in the case of the text it replaces (Title, UPPER or lower).</summary>
    private static string MatchCase(string original, string to)
    {
        if (original.Length > 1 && original.All(c => !char.IsLetter(c) || char.IsUpper(c))) return to.ToUpperInvariant();
        return char.IsUpper(original[0]) ? char.ToUpperInvariant(to[0]) + to[1..] : to;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
