using SearchEngine.Trademarks.Marks;

namespace SearchEngine.Trademarks.Elements;

/// <summary>What one search needs to compare elements: the register's frequencies, the sound cache and the query's elements.</summary>
internal sealed class ElementContext
{
    public ElementContext(MarkProfile query, IElementVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        Query = MarkElements.Of(query, vocabulary);
    }

    public IElementVocabulary Vocabulary { get; }

    public ElementSounds Sounds { get; } = new();

    public IReadOnlyList<MarkElement> Query { get; }

    public ElementAlignment Align(MarkProfile candidate) => new(Query, MarkElements.Of(candidate, Vocabulary, splitCompounds: false), Sounds);

    /// <summary>A context without a register: every element counts as unique (for comparing two marks on their own).</summary>
    public static ElementContext Standalone(MarkProfile query) => new(query, NoRegister.Instance);

    private sealed class NoRegister : IElementVocabulary
    {
        public static readonly NoRegister Instance = new();

        public int MarkCount => 1;

        public int DocumentFrequency(string key) => 0;
    }
}
