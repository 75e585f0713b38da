using SearchEngine.Classifications.Nice;

namespace SearchEngine.Trademarks;

/// <summary>The goods or services a mark is filed for in one Nice class (INID 511), as the applicant wrote them.</summary>
public sealed record GoodsStatement(NiceClass Class, string Text);
