using SearchEngine.Indexing;
using SearchEngine.Ranking;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine train trademarks</c>: see <see cref="TrainVerb"/>.</summary>
public sealed class TrainTrademarksVerb : TrainVerb
{
    protected override string Collection => "trademarks";

    protected override ITrainingSource OpenSource(IndexLayout layout) => TrademarkTrainingSource.Open(layout);
}
