using SearchEngine.Text;

namespace SearchEngine.Patents.QueryLanguage;

/// <summary>
/// The foundation's Vietnamese stop words of one syllable, folded, for queries: "va" typed without
/// accents is as much a stop word as "và". (Folding merges a few content words with them, e.g. "cua"
/// crab with "của"; a query only loses that word, it never fails because of it.)
/// </summary>
internal static class VietnameseStopWords
{
    private static readonly Lazy<HashSet<string>> Folded = new(() => EmbeddedText.ReadLines("vi/stopwords-vi.txt")
        .Select(w => TextNormalizer.Fold(w).Trim()).Where(w => w.Length > 0 && !w.Contains(' ')).ToHashSet(StringComparer.Ordinal));

    public static bool Contains(string foldedTerm) => Folded.Value.Contains(foldedTerm);
}
