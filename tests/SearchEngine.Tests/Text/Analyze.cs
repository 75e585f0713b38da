using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Tests.Text;

/// <summary>Runs a Lucene analyzer and returns its terms (with position increments when asked).</summary>
internal static class Analyze
{
    public static List<string> Terms(Analyzer analyzer, string text) => Tokens(analyzer, text).Select(t => t.Term).ToList();

    public static List<(string Term, int PositionIncrement, int Start, int End, string Type)> Tokens(Analyzer analyzer, string text)
    {
        var result = new List<(string, int, int, int, string)>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var inc = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add((term.ToString(), inc.PositionIncrement, offset.StartOffset, offset.EndOffset, type.Type));
        stream.End();
        return result;
    }
}
