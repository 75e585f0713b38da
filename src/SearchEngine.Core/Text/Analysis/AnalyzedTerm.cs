namespace SearchEngine.Text.Analysis;

/// <summary>
/// One term our tokenizers emit: where its characters are in the tokenizer's term buffer, its offsets in the
/// field text and its position increment.
/// </summary>
internal readonly record struct AnalyzedTerm(int TermStart, int TermLength, int Start, int End, int PositionIncrement, string Type);
