using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Text.Analysis;

/// <summary>
/// A Lucene tokenizer that reads the whole field value, has a subclass turn it into terms, then emits them.
/// Field values here are marks and abstracts (kilobytes), so reading them whole costs nothing and lets the
/// segmenter see a sentence at once. Term characters go to one buffer reused from field to field, so a term
/// built from pieces (a compound) costs no string.
/// </summary>
internal abstract class ListTokenizer : Tokenizer
{
    // A field is kilobytes: after a huge one, do not keep its buffers alive into the small ones that follow
    // (a field has fewer terms than characters, and about as many term characters).
    private const int KeptCapacity = 1 << 16;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;
    private readonly ITypeAttribute _type;
    private readonly List<AnalyzedTerm> _terms = [];
    private char[] _read = new char[4096];
    private char[] _chars = new char[1024];
    private int _charCount;
    private bool _analyzed;
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

    /// <summary>Turns the field value into terms; <paramref name="text"/> is this tokenizer's buffer, valid during the call.</summary>
    protected abstract void Analyze(ReadOnlyMemory<char> text);

    protected void AddTerm(ReadOnlySpan<char> term, int start, int end, int positionIncrement, string type) =>
        term.CopyTo(AddTerm(term.Length, start, end, positionIncrement, type));

    /// <summary>Adds a term of <paramref name="length"/> characters; the caller writes them into the span returned.</summary>
    protected Span<char> AddTerm(int length, int start, int end, int positionIncrement, string type)
    {
        if (_charCount + length > _chars.Length) Array.Resize(ref _chars, Math.Max(_charCount + length, _chars.Length * 2));
        _terms.Add(new AnalyzedTerm(_charCount, length, start, end, positionIncrement, type));
        var span = _chars.AsSpan(_charCount, length);
        _charCount += length;
        return span;
    }

    public sealed override bool IncrementToken()
    {
        ClearAttributes();
        if (!_analyzed)
        {
            _analyzed = true;
            _length = ReadAll();
            if (_terms.Capacity > KeptCapacity && _length < _terms.Capacity) _terms.Capacity = 0;
            if (_chars.Length > KeptCapacity && 2 * _length < _chars.Length) _chars = new char[1024];
            Analyze(_read.AsMemory(0, _length));
            if (_read.Length > KeptCapacity && 4 * _length < _read.Length) _read = new char[4096];
        }

        if (_next >= _terms.Count) return false;
        var t = _terms[_next++];
        _term.CopyBuffer(_chars, t.TermStart, t.TermLength);
        _offset.SetOffset(CorrectOffset(t.Start), CorrectOffset(t.End));
        _positionIncrement.PositionIncrement = t.PositionIncrement;
        _type.Type = t.Type;
        return true;
    }

    // Lucene.Net's ReusableStringReader throws from ReadToEnd on an empty value, so read in blocks. Into a buffer
    // kept from field to field, not a string: a large field would be a large-object-heap string per value.
    private int ReadAll()
    {
        var length = 0;
        int read;
        while ((read = m_input.Read(_read, length, _read.Length - length)) > 0)
        {
            length += read;
            if (length == _read.Length) Array.Resize(ref _read, _read.Length * 2);
        }

        return length;
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
        _terms.Clear();
        _charCount = 0;
        _analyzed = false;
        _next = 0;
        _length = 0;
    }
}
