using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Patents.Indexing;

/// <summary>Applies <see cref="PatentFolding"/> to each token; a token that folds to nothing is dropped.</summary>
internal sealed class FoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public FoldingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var folded = PatentFolding.Fold(_term.ToString());
            if (folded.Length == 0) continue;
            _term.SetEmpty().Append(folded);
            return true;
        }

        return false;
    }
}
