using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchEngine.Trademarks.Candidates;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Marks;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

/// <summary>The n-gram query of a large register: the query's rarest trigrams only, half of them required.</summary>
public sealed class RareNGramTests(SmallRegister small) : IClassFixture<SmallRegister>
{
    private static MarkProfile Profile(string mark) => new(MarkText.Parse(mark), []);

    [Fact]
    public void Keeps_the_rarest_trigrams_that_occur_and_requires_half_of_them()
    {
        small.Register.Index.Search(searcher =>
        {
            var reader = searcher.IndexReader;
            var query = Assert.IsType<BooleanQuery>(CandidateGenerator.Build(CandidateStrategy.NGrams, Profile("Trung Nguyen Legend Mosquitto"), reader));
            var kept = query.Clauses.Select(c => ((TermQuery)c.Query).Term).ToList();
            Assert.Equal(CandidateGenerator.MaxRareNGrams, kept.Count);
            Assert.Equal(CandidateGenerator.MaxRareNGrams / 2, query.MinimumNumberShouldMatch);

            var all = MarkRepresentations.NGrams("trungnguyenlegendmosquitto").Distinct()
                .Select(g => new Term(TrademarkFields.NGrams, g)).ToList();
            Assert.All(kept, t => Assert.True(reader.DocFreq(t) > 0));
            var dropped = all.Where(t => !kept.Contains(t) && reader.DocFreq(t) > 0).ToList();
            Assert.NotEmpty(dropped);
            Assert.True(kept.Max(reader.DocFreq) <= dropped.Min(reader.DocFreq));
            return 0;
        });
    }

    [Fact]
    public void Still_finds_a_near_spelling()
    {
        small.Register.Index.Search(searcher =>
        {
            var query = CandidateGenerator.Build(CandidateStrategy.NGrams, Profile("Eclipes Mosquito"), searcher.IndexReader)!;
            var top = searcher.Search(query, 5);
            Assert.Equal("VN-4-2015-000006", TrademarkDocument.Read(searcher.IndexReader, top.ScoreDocs[0].Doc).Number);
            return 0;
        });
    }
}
