using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Text.Analysis;

/// <summary>Replaces each term by its accent-free form (<see cref="TextNormalizer.Fold"/>): sở_hữu → so_huu.</summary>
internal sealed class FoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public FoldingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var term = _term.ToString();
        var folded = TextNormalizer.Fold(term);
        if (!string.Equals(term, folded, StringComparison.Ordinal)) _term.SetEmpty().Append(folded);
        return true;
    }
}
