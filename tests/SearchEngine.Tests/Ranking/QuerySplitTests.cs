using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class QuerySplitTests
{
    [Fact]
    public void Every_query_lands_on_exactly_one_side()
    {
        var groups = SyntheticRanking.Groups(50, 5, seed: 3);
        var (train, validation) = QuerySplit.Split(groups, 0.3, seed: 9);

        Assert.Equal(15, validation.Count);
        Assert.Equal(35, train.Count);
        Assert.Empty(train.Select(g => g.QueryId).Intersect(validation.Select(g => g.QueryId)));
        Assert.Equal(groups.Select(g => g.QueryId).Order(), train.Concat(validation).Select(g => g.QueryId).Order());
    }

    [Fact]
    public void The_split_depends_on_the_seed_not_on_file_order()
    {
        var groups = SyntheticRanking.Groups(40, 3, seed: 3);
        var (_, a) = QuerySplit.Split(groups, 0.25, seed: 5);
        var (_, b) = QuerySplit.Split(groups.AsEnumerable().Reverse().ToList(), 0.25, seed: 5);
        var (_, c) = QuerySplit.Split(groups, 0.25, seed: 6);

        Assert.Equal(a.Select(g => g.QueryId).Order(), b.Select(g => g.QueryId).Order());
        Assert.NotEqual(a.Select(g => g.QueryId).Order(), c.Select(g => g.QueryId).Order());
    }

    [Fact]
    public void One_query_cannot_be_split()
    {
        Assert.Throws<SearchEngineException>(() => QuerySplit.Split(SyntheticRanking.Groups(1, 3, 1), 0.3, 1));
    }
}
