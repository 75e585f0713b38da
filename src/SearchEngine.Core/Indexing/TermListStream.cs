using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Indexing;

/// <summary>
/// Terms already computed (a mark's syllables, keys, n-grams), handed to the writer one by one, each at the next
/// position. The same terms joined by spaces and read back by a whitespace tokenizer index identically; this
/// skips the tokenizer's character-by-character pass, which was a good share of an import's time.
/// </summary>
internal sealed class TermListStream : TokenStream
{
    /// <summary>Longest term a whitespace tokenizer emits whole (Lucene's CharTokenizer cuts longer runs).</summary>
    public const int MaxTermLength = 255;

    private readonly ICharTermAttribute _term;
    private IReadOnlyList<string> _terms = [];
    private int _next;

    public TermListStream() => _term = AddAttribute<ICharTermAttribute>();

    /// <summary>The terms of the next document (a stream is reused from one document to the next).</summary>
    public void SetTerms(IReadOnlyList<string> terms)
    {
        _terms = terms;
        _next = 0;
    }

    /// <summary>
    /// True when a whitespace tokenizer would read these terms, joined by spaces, back as exactly these terms:
    /// each of 1 to <see cref="MaxTermLength"/> characters, none of them a space or anything a tokenizer might
    /// take for one. Other terms go through the analyzer as before.
    /// </summary>
    public static bool Represents(IReadOnlyList<string> terms)
    {
        foreach (var t in terms)
        {
            if (t.Length is 0 or > MaxTermLength) return false;
            foreach (var c in t)
            {
                if (!(char.IsLetterOrDigit(c) || c is '_' or '.' or '^' or '$' or '-' or '\'')) return false;
            }
        }

        return true;
    }

    public override bool IncrementToken()
    {
        if (_next >= _terms.Count) return false;
        ClearAttributes();
        _term.SetEmpty().Append(_terms[_next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
