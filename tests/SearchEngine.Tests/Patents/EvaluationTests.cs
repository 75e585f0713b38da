using SearchEngine.Patents;
using SearchEngine.Patents.Evaluation;

namespace SearchEngine.Tests.Patents;

public class EvaluationTests : IClassFixture<PatentTestIndex>
{
    private readonly PatentTestIndex _index;

    public EvaluationTests(PatentTestIndex index) => _index = index;

    [Fact]
    public void Known_item_queries_are_titles_typed_without_accents()
    {
        Assert.Equal("phuong phap kiem soat quan the loai gay hai canh", KnownItemQueries.TypedTitle(
            "PHƯƠNG PHÁP KIỂM SOÁT QUẦN THỂ LOÀI GÂY HẠI CÁNH NỬA VÀ QUẦN THỂ RẦY GÂY HẠI"));
        var queries = KnownItemQueries.FromFile(Path.Combine(PatentTestIndex.FixtureDir, "vn-sample.jsonl"));
        Assert.Equal(7, queries.Count);
        Assert.All(queries, q => Assert.Equal("ki-" + Assert.Single(q.Relevant), q.Qid));
        Assert.Contains(queries, q => q.Query == "ban chai danh rang");
    }

    [Fact]
    public void Known_items_are_found_in_the_top_three()
    {
        var queries = KnownItemQueries.FromFile(Path.Combine(PatentTestIndex.FixtureDir, "vn-sample.jsonl"));
        var f = PatentEvaluator.Run(_index.Library, queries, 3);
        Assert.Equal(7, f.Queries);
        Assert.Equal(1.0, f.RecallAtK); // the two identical toothbrush titles are both within the top 3
        Assert.InRange(f.Mrr, 0.7, 1.0);
    }

    [Fact]
    public void Eval_counts_a_miss_and_scores_mrr_by_rank()
    {
        var queries = new List<EvalQuery>
        {
            new("a", "TI:filter", ["08419845"], false),
            new("b", "TI:filter", ["1-2023-01434"], false),
            new("c", "An air filter with a pressure fan and two filter layers", ["08419845"], true),
        };
        var f = PatentEvaluator.Run(_index.Library, queries, 10);
        Assert.Equal(3, f.Queries);
        Assert.Equal(2 / 3.0, f.RecallAtK, 3);
        Assert.Equal(2 / 3.0, f.Mrr, 3);
    }

    [Fact]
    public void Topical_coherence_compares_like_this_with_random_ranking()
    {
        var f = TopicalCoherence.Measure(_index.Library, 5);
        Assert.Equal(4, f.Queries); // the four utility grants (B1/B2) among the seven US documents
        Assert.Equal(4, f.WithHits);
        Assert.Equal(0.0, f.RandomShare); // no two fixture grants share a subclass
        Assert.InRange(f.LikeThisShare, 0.0, 1.0);
    }

    [Fact]
    public void The_synthetic_corpus_recombines_real_text_deterministically()
    {
        var sources = _index.Library.All().ToList();
        var corpus = new SyntheticCorpus(sources);
        var a = corpus.Generate(50, seed: 3).ToList();
        var b = corpus.Generate(50, seed: 3).ToList();
        Assert.Equal(a.Select(r => r.Title), b.Select(r => r.Title));
        Assert.Equal(50, a.Select(r => r.Number).Distinct().Count());
        var sentences = sources.SelectMany(s => s.Abstract.Split(". ")).ToList();
        Assert.All(a, r =>
        {
            Assert.Contains(r.Language, new[] { "vi", "en" });
            Assert.NotEmpty(r.Abstract);
            Assert.Contains(sources, s => s.Language == r.Language && r.Title.StartsWith(s.Title, StringComparison.Ordinal));
        });
    }

    [Fact]
    public void The_latency_probe_runs_every_kind_of_query()
    {
        var sample = _index.Library.Sample(14, seed: 1);
        Assert.Equal(14, sample.Select(r => r.Number).Distinct().Count());
        var figures = LatencyProbe.Measure(_index.Library, sample, 3);
        Assert.Equal(9, figures.Count);
        Assert.Contains(figures, f => f.Kind.StartsWith("like-this", StringComparison.Ordinal) && f.Queries > 0);
        Assert.All(figures, f => Assert.True(f.P95Ms >= f.P50Ms));
    }
}
