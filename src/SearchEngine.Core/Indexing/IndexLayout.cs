namespace SearchEngine.Indexing;

/// <summary>
/// Where each part lives under one index root (default <c>index-data/</c>): a Lucene index per
/// collection, learned models beside them, and the examiner feedback log.
/// </summary>
public sealed record IndexLayout(string Root)
{
    public const string DefaultRoot = "index-data";

    public string Trademarks => Path.Combine(Root, "trademarks");
    public string Patents => Path.Combine(Root, "patents");
    public string Models => Path.Combine(Root, "models");
    public string Feedback => Path.Combine(Root, "feedback");
}
