using SearchEngine.Phonetics;
using SearchEngine.Trademarks.Meaning;

namespace SearchEngine.Trademarks.Marks;

/// <summary>
/// A mark prepared for comparison, on the query side and on the candidate side alike: its forms, which
/// tokens are discounted (generic or disclaimed), the distinctive core that remains, and phonetic keys.
/// Candidates' profiles are computed once at indexing and stored (<see cref="Serialize"/>), because
/// parsing and encoding a hundred candidates per query would cost more than the search itself.
/// </summary>
internal sealed class MarkProfile
{
    private const char Section = '\u001F';
    private const char Item = '|';
    private const char Sub = ',';

    private readonly IReadOnlyList<string> _disclaimed;
    private IReadOnlyList<MarkText>? _disclaimedTexts;

    public MarkProfile(MarkText text, IReadOnlyList<string> disclaimed, string? translation = null)
        : this(text, disclaimed, GenericWords.DiscountedTokens(text, ParseAll(disclaimed)),
            text.NormalizedTokens.Select(VietnameseKeysOf).ToList(),
            text.NormalizedTokens.Select(MetaphoneCodesOf).ToList(),
            text.Tokens.Count is > 0 and <= 8 ? PhoneticEncoder.VietnameseWordKeys(string.Join(' ', text.NormalizedTokens)) : [],
            translation)
    {
    }

    private MarkProfile(MarkText text, IReadOnlyList<string> disclaimed, bool[] discounted,
        IReadOnlyList<IReadOnlyList<string>> vietnameseKeys, IReadOnlyList<IReadOnlyList<string>> metaphoneCodes, IReadOnlyList<string> wordKeys,
        string? translation)
    {
        Text = text;
        Translation = string.IsNullOrWhiteSpace(translation) ? null : translation;
        _disclaimed = disclaimed;
        Discounted = discounted;
        CoreTokens = text.Tokens.Where((_, i) => !discounted[i]).ToList();
        CoreCompact = string.Concat(CoreTokens);
        CoreNormalizedCompact = string.Concat(text.NormalizedTokens.Where((_, i) => !discounted[i]));
        VietnameseKeys = vietnameseKeys;
        MetaphoneCodes = metaphoneCodes;
        WordKeys = wordKeys;
    }

    public MarkText Text { get; }

    /// <summary>The record's translation of the mark (INID 566), or null.</summary>
    public string? Translation { get; }

    /// <summary>What the mark's words mean (computed on first use: only meaning needs it).</summary>
    public ConceptSignature Concepts => _concepts ??= ConceptSignature.Of(Text);

    /// <summary>What the recorded translation says (empty without one).</summary>
    public ConceptSignature TranslationConcepts => _translationConcepts ??= Translation is null ? ConceptSignature.Empty : ConceptSignature.Of(MarkText.Parse(Translation));

    private ConceptSignature? _concepts;
    private ConceptSignature? _translationConcepts;

    /// <summary>The record's disclaimed elements, parsed (only reasons need them, so on first use).</summary>
    public IReadOnlyList<MarkText> DisclaimedTexts => _disclaimedTexts ??= ParseAll(_disclaimed);

    /// <summary>Per token: true when it belongs to a generic or disclaimed phrase.</summary>
    public bool[] Discounted { get; }

    /// <summary>The folded tokens that are not discounted (all tokens when every one would be).</summary>
    public IReadOnlyList<string> CoreTokens { get; }

    public string CoreCompact { get; }

    public string CoreNormalizedCompact { get; }

    public bool HasDiscountedTokens => CoreTokens.Count < Text.Tokens.Count;

    /// <summary>Per token, its Vietnamese phonetic keys (empty for tokens that are not Vietnamese syllables).</summary>
    public IReadOnlyList<IReadOnlyList<string>> VietnameseKeys { get; }

    /// <summary>Per token, its Double Metaphone codes.</summary>
    public IReadOnlyList<IReadOnlyList<string>> MetaphoneCodes { get; }

    /// <summary>Keys of the whole mark read as one Vietnamese word (syllables joined by '.'), however it is spaced.</summary>
    public IReadOnlyList<string> WordKeys { get; }

    /// <summary>The per-token keys as sets, for the query side, which is compared with every candidate.</summary>
    public IReadOnlyList<HashSet<string>> VietnameseKeySets => _vietnameseKeySets ??= Sets(VietnameseKeys);

    public IReadOnlyList<HashSet<string>> MetaphoneCodeSets => _metaphoneCodeSets ??= Sets(MetaphoneCodes);

    public HashSet<string> WordKeySet => _wordKeySet ??= new HashSet<string>(WordKeys, StringComparer.Ordinal);

    private IReadOnlyList<HashSet<string>>? _vietnameseKeySets;
    private IReadOnlyList<HashSet<string>>? _metaphoneCodeSets;
    private HashSet<string>? _wordKeySet;

    private static List<HashSet<string>> Sets(IReadOnlyList<IReadOnlyList<string>> perToken) =>
        perToken.Select(k => new HashSet<string>(k, StringComparer.Ordinal)).ToList();

    /// <summary>The discounted phrases as written in the mark, for reasons ("Cà Phê").</summary>
    public IEnumerable<string> DiscountedPhrases()
    {
        var words = Text.Display.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sameSplit = words.Length == Text.Tokens.Count;
        var run = new List<string>();
        for (var i = 0; i <= Discounted.Length; i++)
        {
            if (i < Discounted.Length && Discounted[i])
            {
                run.Add(sameSplit ? words[i] : Text.NormalizedTokens[i]);
                continue;
            }

            if (run.Count > 0) yield return string.Join(' ', run);
            run.Clear();
        }
    }

    public static MarkProfile Of(Trademark t) => new(MarkText.Parse(t.Mark), t.Disclaimed, t.Translation);

    /// <summary>
    /// One string holding everything comparison needs, stored with the document: display, tokens
    /// (normalised, folded, parts), discounted flags, phonetic keys per token, word keys, disclaimed elements, translation.
    /// </summary>
    public string Serialize() => string.Join(Section,
        Text.Display.Replace(Section, ' '),
        string.Join(' ', Text.NormalizedTokens),
        string.Join(' ', Text.Tokens),
        string.Join(' ', Text.Parts),
        new string(Discounted.Select(d => d ? '1' : '0').ToArray()),
        string.Join(Item, VietnameseKeys.Select(k => string.Join(Sub, k))),
        string.Join(Item, MetaphoneCodes.Select(k => string.Join(Sub, k))),
        string.Join(Sub, WordKeys),
        string.Join(Item, _disclaimed.Select(d => d.Replace(Item, ' ').Replace(Section, ' '))),
        (Translation ?? "").Replace(Section, ' '));

    public static MarkProfile Deserialize(string stored)
    {
        var s = stored.Split(Section);
        // nine sections before translations were kept
        if (s.Length is not (9 or 10)) throw new FormatException("not a stored mark profile");
        var normalized = Words(s[1]);
        var tokens = Words(s[2]);
        var text = MarkText.FromTokens(s[0], tokens, normalized, Words(s[3]));
        var discounted = s[4].Select(c => c == '1').ToArray();
        if (discounted.Length != tokens.Count || normalized.Count != tokens.Count) throw new FormatException("stored mark profile is inconsistent");
        return new MarkProfile(text, s[8].Length == 0 ? [] : s[8].Split(Item), discounted,
            PerToken(s[5], tokens.Count), PerToken(s[6], tokens.Count), s[7].Length == 0 ? [] : s[7].Split(Sub),
            s.Length > 9 ? s[9] : null);
    }

    private static List<string> Words(string s) => s.Length == 0 ? [] : [.. s.Split(' ')];

    private static IReadOnlyList<IReadOnlyList<string>> PerToken(string s, int count)
    {
        if (count == 0) return [];
        var items = s.Split(Item);
        if (items.Length != count) throw new FormatException("stored mark profile is inconsistent");
        return items.Select(i => (IReadOnlyList<string>)(i.Length == 0 ? [] : i.Split(Sub))).ToList();
    }

    private static List<MarkText> ParseAll(IReadOnlyList<string> disclaimed) =>
        disclaimed.Select(MarkText.Parse).Where(d => !d.IsEmpty).ToList();

    /// <summary>
    /// A syllable written with its marks is read as written; one typed in plain letters may stand for any
    /// syllable with those letters ("tac" for tác, tắc, tấc), so it gets the keys of every reading.
    /// </summary>
    private static IReadOnlyList<string> VietnameseKeysOf(string token) => KeysOf(token).Vietnamese;

    private static IReadOnlyList<string> MetaphoneCodesOf(string token) => KeysOf(token).Metaphone;

    /// <summary>A token's keys, computed once: marks repeat their syllables and words across a register.</summary>
    private sealed record TokenKeys(IReadOnlyList<string> Vietnamese, IReadOnlyList<string> Metaphone);

    private static readonly BoundedCache<TokenKeys> Keys = new(200_000);

    private static TokenKeys KeysOf(string token) => Keys.GetOrAdd(token, static token =>
    {
        var sound = PhoneticEncoder.Classify(token);
        return new TokenKeys(
            sound switch
            {
                TokenSound.Vietnamese => PhoneticEncoder.VietnameseKeys(token),
                TokenSound.Ambiguous => PhoneticEncoder.VietnameseReadingKeys(token),
                _ => [],
            },
            sound is TokenSound.Foreign or TokenSound.Ambiguous ? PhoneticEncoder.MetaphoneCodes(token) : []);
    });
}
