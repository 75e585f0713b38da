namespace SearchEngine.Text.Analysis;

/// <summary>One term our tokenizers emit, with its offsets in the field text and its position increment.</summary>
internal readonly record struct AnalyzedTerm(string Term, int Start, int End, int PositionIncrement, string Type);
