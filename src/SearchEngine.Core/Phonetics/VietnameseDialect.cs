namespace SearchEngine.Phonetics;

/// <summary>The speech areas whose sound mergers the Vietnamese keys fold.</summary>
public enum VietnameseDialect
{
    /// <summary>Hà Nội speech: d = gi = r, s = x, ch = tr.</summary>
    Northern,
    /// <summary>Huế speech: the same segmental mergers as Southern speech (the two differ in tones).</summary>
    Central,
    /// <summary>Sài Gòn standard speech: d = gi, s = x, qu/oa/uy begin with w, n = ng and t = c after most vowels, nh → n, ch → t.</summary>
    Southern,
    /// <summary>Everyday Sài Gòn speech: Southern plus v = d = gi, hoa = qua, ưu = iu.</summary>
    SouthernColloquial,
}
