using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Text.Analysis;

/// <summary>
/// A Lucene tokenizer that reads the whole field value, has a subclass turn it into terms, then emits them.
/// Field values here are marks and abstracts (kilobytes), so reading them whole costs nothing and lets the
/// segmenter see a sentence at once.
/// </summary>
internal abstract class ListTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private List<AnalyzedTerm>? _terms;
    private int _next;
    private int _length;

    protected ListTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    protected abstract void Analyze(string text, List<AnalyzedTerm> terms);

    public sealed override bool IncrementToken()
    {
        ClearAttributes();
        if (_terms is null)
        {
            var text = ReadAll(m_input);
            _length = text.Length;
            _terms = new List<AnalyzedTerm>((text.Length / 4) + 4);
            Analyze(text, _terms);
        }

        if (_next >= _terms.Count) return false;
        var t = _terms[_next++];
        _term.SetEmpty().Append(t.Term);
        _offset.SetOffset(CorrectOffset(t.Start), CorrectOffset(t.End));
        _positionIncrement.PositionIncrement = t.PositionIncrement;
        _type.Type = t.Type;
        return true;
    }

    // Lucene.Net's ReusableStringReader throws from ReadToEnd on an empty value, so read in blocks.
    private static string ReadAll(TextReader reader)
    {
        var buffer = new char[4096];
        var sb = new System.Text.StringBuilder();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0) sb.Append(buffer, 0, read);
        return sb.ToString();
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _terms = null;
        _next = 0;
        _length = 0;
    }
}
