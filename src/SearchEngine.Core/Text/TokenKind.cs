namespace SearchEngine.Text;

/// <summary>What a surface token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (a syllable, a foreign word, an abbreviation), possibly with digits and inner joiners (Vina-Milk, TP.HCM).</summary>
    Word,
    /// <summary>Digits with their separators and unit: 2.000, 30/11, 95%.</summary>
    Number,
    /// <summary>Punctuation or a symbol, one token each (a run of dots is one token: ...).</summary>
    Punctuation,
}
