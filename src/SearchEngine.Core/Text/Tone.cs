namespace SearchEngine.Text;

/// <summary>The six Vietnamese tones, as written by the tone mark on a syllable's main vowel.</summary>
public enum Tone : byte
{
    /// <summary>ngang: no mark.</summary>
    Level = 0,
    /// <summary>huyền: grave accent.</summary>
    Grave = 1,
    /// <summary>sắc: acute accent.</summary>
    Acute = 2,
    /// <summary>hỏi: hook above.</summary>
    Hook = 3,
    /// <summary>ngã: tilde.</summary>
    Tilde = 4,
    /// <summary>nặng: dot below.</summary>
    Dot = 5,
}
