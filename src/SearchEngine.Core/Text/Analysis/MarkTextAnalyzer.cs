using Lucene.Net.Analysis;

namespace SearchEngine.Text.Analysis;

/// <summary>
/// Analyzer for trademark text, one <see cref="MarkTextForm"/> per field: normalised syllables (accent-aware),
/// folded syllables (accent-free, compact strings split), or the whole mark as one compact term.
/// Never removes stop words.
/// </summary>
public sealed class MarkTextAnalyzer : Analyzer
{
    private readonly CompactSplitter _splitter;

    public MarkTextAnalyzer(MarkTextForm form = MarkTextForm.Folded)
        : this(form, CompactSplitter.Default)
    {
    }

    public MarkTextAnalyzer(MarkTextForm form, CompactSplitter splitter)
    {
        Form = form;
        _splitter = splitter;
    }

    public MarkTextForm Form { get; }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new MarkTextTokenizer(reader, _splitter, Form);
        return new TokenStreamComponents(source, Form == MarkTextForm.Folded ? new FoldingFilter(source) : source);
    }
}
