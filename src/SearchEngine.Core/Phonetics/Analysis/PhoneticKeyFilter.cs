using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace SearchEngine.Phonetics.Analysis;

/// <summary>
/// Base of the phonetic token filters: replaces each token by its phonetic keys (all at the token's
/// position), or with <c>inject</c> keeps the token and adds the keys at the same position. Tokens with
/// no key are dropped when not injecting, their position gap carried to the next token so phrase and
/// span queries keep their distances.
/// </summary>
public abstract class PhoneticKeyFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly bool _inject;
    private IReadOnlyList<string> _pending = [];
    private int _next;
    private State? _state;

    protected PhoneticKeyFilter(TokenStream input, bool inject) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _inject = inject;
    }

    /// <summary>The keys of one token's text (empty when it has none).</summary>
    protected abstract IReadOnlyList<string> KeysOf(string term);

    public sealed override bool IncrementToken()
    {
        if (_next < _pending.Count)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending[_next++]);
            _position.PositionIncrement = 0;
            return true;
        }

        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var keys = KeysOf(_term.ToString());
            if (_inject)
            {
                Queue(keys, 0);
                return true;
            }

            if (keys.Count == 0)
            {
                skipped += _position.PositionIncrement;
                continue;
            }

            _position.PositionIncrement += skipped;
            _term.SetEmpty().Append(keys[0]);
            Queue(keys, 1);
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _next = 0;
        _state = null;
    }

    private void Queue(IReadOnlyList<string> keys, int from)
    {
        _pending = keys;
        _next = from;
        _state = from < keys.Count ? CaptureState() : null;
    }
}
