using SearchEngine.Indexing;
using SearchEngine.Ranking;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine train patents</c>: see <see cref="TrainVerb"/>.</summary>
public sealed class TrainPatentsVerb : TrainVerb
{
    protected override string Collection => "patents";

    protected override ITrainingSource OpenSource(IndexLayout layout, Arguments args) => PatentTrainingSource.Open(layout);
}
