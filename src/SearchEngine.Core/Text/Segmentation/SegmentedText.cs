namespace SearchEngine.Text.Segmentation;

/// <summary>
/// One text as the segmenter leaves it, by position: its tokens, the facts of each word or number token, and
/// which tokens join the next into a compound. Reused from text to text (with the working arrays of the
/// boundary decisions) so segmenting an abstract allocates almost nothing. Not thread-safe: one per thread.
/// </summary>
internal sealed class SegmentedText
{
    // An abstract has hundreds of tokens: after a huge text, do not keep its arrays alive into the small ones that
    // follow (a text has fewer tokens than characters, so a shorter text cannot need them).
    private const int KeptCapacity = 1 << 16;

    private readonly List<TokenSpan> _tokens = [];
    private SyllableInfo?[] _infos = [];
    private bool[] _joinsNext = [];

    /// <summary>The text, as given: a string's characters or a reader's buffer, which the caller keeps unchanged until done.</summary>
    public ReadOnlyMemory<char> Text { get; private set; }

    public int Count => _tokens.Count;

    public ReadOnlySpan<TokenSpan> Tokens => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);

    /// <summary>Per token, its facts (null for punctuation).</summary>
    public Span<SyllableInfo?> Infos => _infos.AsSpan(0, Count);

    /// <summary>Per token, whether it and the next are syllables of one word.</summary>
    public Span<bool> JoinsNext => _joinsNext.AsSpan(0, Count);

    internal SyllableRun Run { get; private set; } = new();

    internal DictionaryDecisions Dictionary { get; private set; } = new();

    internal DictionaryDecisions Lexicon { get; private set; } = new();

    /// <summary>Tokenizes <paramref name="text"/>, forgetting the previous text; no token joins yet.</summary>
    public void Load(ReadOnlyMemory<char> text)
    {
        Text = text;
        _tokens.Clear();
        if (_tokens.Capacity > KeptCapacity && Text.Length < _tokens.Capacity) _tokens.Capacity = 0;
        if (_infos.Length > KeptCapacity && Text.Length < _infos.Length) (_infos, _joinsNext) = ([], []);
        if (Run.Hashes.Length > KeptCapacity && Text.Length < Run.Hashes.Length) (Run, Dictionary, Lexicon) = (new(), new(), new());
        SyllableTokenizer.Scan(Text.Span, _tokens);
        if (_infos.Length < _tokens.Count)
        {
            var size = Math.Max(_tokens.Count, _infos.Length * 2);
            _infos = new SyllableInfo?[size];
            _joinsNext = new bool[size];
        }

        Infos.Clear();
        JoinsNext.Clear();
    }

    public ReadOnlySpan<char> TextOf(TokenSpan token) => Text.Span.Slice(token.Start, token.Length);

    /// <summary>Looks up the facts of tokens <paramref name="start"/> to <paramref name="end"/> (a run, from <see cref="TokenRuns.Next"/>).</summary>
    internal void LookUp(int start, int end, SyllableInfoCache cache)
    {
        var tokens = Tokens;
        var infos = Infos;
        for (var k = start; k < end; k++) infos[k] = cache.Get(TextOf(tokens[k]), tokens[k].Kind);
    }

    /// <summary>Looks the run up and loads it into <see cref="Run"/>, for segmenting and training alike.</summary>
    internal SyllableRun LoadRun(int start, int end, bool atSentenceStart, SyllableInfoCache cache, VietnameseDictionary dictionary, VietnameseDictionary? lexicon)
    {
        LookUp(start, end, cache);
        Run.Fill(Infos[start..end]!, atSentenceStart, dictionary, lexicon);
        return Run;
    }
}
