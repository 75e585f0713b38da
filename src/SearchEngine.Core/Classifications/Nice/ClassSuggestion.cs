using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>A suggested class for a goods text: its score (0–1, share of the items voting for it) and the terms behind it.</summary>
public sealed record ClassSuggestion(NiceClass Class, double Score, IReadOnlyList<GoodsTerm> Terms);
