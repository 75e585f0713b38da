namespace SearchEngine.Phonetics;

/// <summary>The three standard speech areas whose sound mergers the Vietnamese keys fold.</summary>
public enum VietnameseDialect
{
    /// <summary>Hà Nội speech: d = gi = r, s = x, ch = tr.</summary>
    Northern,
    /// <summary>Huế speech: the Southern rhyme mergers with d = gi and s = x, but v and hw kept apart.</summary>
    Central,
    /// <summary>Sài Gòn speech: v = d = gi, s = x, qu/hoa/oa all begin with w, n = ng and t = c after most vowels.</summary>
    Southern,
}
