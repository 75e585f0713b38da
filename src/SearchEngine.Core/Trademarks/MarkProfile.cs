using SearchEngine.Phonetics;

namespace SearchEngine.Trademarks;

/// <summary>
/// A mark prepared for comparison, on the query side and on the candidate side alike: its forms, which
/// tokens are discounted (generic or disclaimed), the distinctive core that remains, and phonetic keys.
/// </summary>
internal sealed class MarkProfile
{
    public MarkProfile(MarkText text, IReadOnlyList<string> disclaimed)
    {
        Text = text;
        DisclaimedTexts = disclaimed.Select(MarkText.Parse).Where(d => !d.IsEmpty).ToList();
        Discounted = GenericWords.DiscountedTokens(text, DisclaimedTexts);
        CoreTokens = text.Tokens.Where((_, i) => !Discounted[i]).ToList();
        CoreCompact = string.Concat(CoreTokens);
        CoreNormalizedCompact = string.Concat(text.NormalizedTokens.Where((_, i) => !Discounted[i]));
        VietnameseKeys = text.NormalizedTokens.Select(t => (IReadOnlyList<string>)PhoneticEncoder.VietnameseKeys(t)).ToList();
        MetaphoneCodes = text.Tokens.Select(t => (IReadOnlyList<string>)PhoneticEncoder.MetaphoneCodes(t)).ToList();
    }

    public MarkText Text { get; }

    public IReadOnlyList<MarkText> DisclaimedTexts { get; }

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

    public static MarkProfile Of(Trademark t) => new(MarkText.Parse(t.Mark), t.Disclaimed);
}
