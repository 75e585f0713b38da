using SearchEngine.Indexing;
using SearchEngine.Ranking;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine train trademarks</c>: see <see cref="TrainVerb"/>.</summary>
public sealed class TrainTrademarksVerb : TrainVerb
{
    protected override string Collection => "trademarks";

    public override string Usage => base.Usage + " [--with-fused-score]";

    /// <summary><c>--with-fused-score</c> (an experiment) adds the fused score as a feature; such a model is not used by search.</summary>
    protected override ITrainingSource OpenSource(IndexLayout layout, Arguments args) => TrademarkTrainingSource.Open(layout, args.Has("with-fused-score"));
}
