namespace SearchEngine.Text.Analysis;

/// <summary>The Lucene token types our tokenizers set, so filters and tests can tell terms apart.</summary>
public static class TermTypes
{
    public const string Syllable = "<SYLLABLE>";
    public const string Compound = "<COMPOUND>";
    public const string Number = "<NUM>";
    public const string Compact = "<COMPACT>";
}
