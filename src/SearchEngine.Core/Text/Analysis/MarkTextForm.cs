namespace SearchEngine.Text.Analysis;

/// <summary>The three forms of a mark's text, one per index field.</summary>
public enum MarkTextForm
{
    /// <summary>Normalised syllables, accents kept: Hòa Bình → hòa, bình (Bà ≠ Bá).</summary>
    Normalized,
    /// <summary>Folded syllables: Hòa Bình → hoa, binh; compact strings split where unambiguous (VINAMILK → vina, milk).</summary>
    Folded,
    /// <summary>One term, folded with spaces and punctuation removed: Vina-Milk → vinamilk.</summary>
    Compact,
}
