using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>A class of the Nice Classification with its heading in English and Vietnamese; 1–34 goods, 35–45 services.</summary>
public sealed record NiceClassHeading(NiceClass Class, bool IsService, string English, string Vietnamese);
