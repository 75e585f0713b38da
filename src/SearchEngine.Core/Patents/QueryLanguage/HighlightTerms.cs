namespace SearchEngine.Patents.QueryLanguage;

/// <summary>The analysed terms and prefixes a query looks for in one language's text fields.</summary>
internal sealed class HighlightTerms
{
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Prefixes { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Terms.Count == 0 && Prefixes.Count == 0;

    public bool Matches(string term) => Terms.Contains(term) || Prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal));
}
