using SearchEngine.Patents.Indexing;
using SearchEngine.Patents.QueryLanguage;

namespace SearchEngine.Patents.CrossLingual;

/// <summary>
/// A query as written (searched in documents of its own language, exactly as without translation) and
/// its translation for documents of another language.
/// </summary>
internal sealed record CrossLingualNode(int Position, QueryNode Original, IReadOnlyDictionary<PatentLanguage, QueryNode> Translated) : QueryNode(Position)
{
    public QueryNode For(PatentLanguage language) => Translated.TryGetValue(language, out var t) ? t : Original;
}
