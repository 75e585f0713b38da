using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>The language a goods text or term is written in.</summary>
public enum GoodsLanguage
{
    English,
    Vietnamese,
}

/// <summary>Where a term of the classification comes from; it decides how much a match on it counts.</summary>
public enum GoodsTermSource
{
    /// <summary>WIPO's alphabetical list (10th edition, English), with a basic number.</summary>
    NiceList,
    /// <summary>A class heading.</summary>
    Heading,
    /// <summary>The project's own Vietnamese list (Resources/nice/nice-terms-vi.txt).</summary>
    Curated,
    /// <summary>A Vietnamese word whose dictionary gloss is a Nice term (FVDP or Wiktionary): noisy, weighed less.</summary>
    Dictionary,
}

/// <summary>One entry of the classification: a term of goods or services in one class, e.g. "coffee" (30, 300029).</summary>
public sealed record GoodsTerm(NiceClass Class, string Text, GoodsLanguage Language, GoodsTermSource Source, string? BasicNumber = null)
{
    public override string ToString() => $"{Class} {Text}";
}
