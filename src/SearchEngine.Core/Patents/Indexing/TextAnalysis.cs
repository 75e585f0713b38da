using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchEngine.Patents.Indexing;

/// <summary>A token as the index sees it, with its position and where it came from in the text.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position, int Start, int End);

internal static class TextAnalysis
{
    /// <summary>
    /// Runs an analyzer over text. Tokens stacked on a previous position (compound words emitted on top
    /// of their syllables) are left out unless <paramref name="keepStacked"/>: queries are built from the
    /// syllable sequence, which both indexing paths agree on.
    /// </summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text, bool keepStacked = false)
    {
        var list = new List<AnalyzedToken>();
        using var ts = analyzer.GetTokenStream(field, text);
        var term = ts.AddAttribute<ICharTermAttribute>();
        var inc = ts.AddAttribute<IPositionIncrementAttribute>();
        var offset = ts.AddAttribute<IOffsetAttribute>();
        ts.Reset();
        var pos = -1;
        while (ts.IncrementToken())
        {
            var step = inc.PositionIncrement;
            pos += step;
            if (step == 0 && !keepStacked && list.Count > 0) continue;
            list.Add(new AnalyzedToken(term.ToString(), Math.Max(pos, 0), offset.StartOffset, offset.EndOffset));
        }

        ts.End();
        return list;
    }
}
