using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

public sealed class ListFeatureTests
{
    private static int At(string name) => TrademarkFeatures.Names.ToList().IndexOf(name);

    private static float[] Row() => new float[TrademarkFeatures.Names.Count];

    [Fact]
    public void A_mark_spelt_like_a_stronger_candidate_knows_how_far_behind_it_is()
    {
        var (best, other, twin) = (Row(), Row(), Row());
        TrademarkFeatures.SetListFeatures([(best, 90, "hienhau", true), (other, 80, "hienhao", false), (twin, 70, "hienhau", false)]);

        Assert.Equal(0f, best[At("letters_group_gap")]);
        Assert.Equal(0.2f, twin[At("letters_group_gap")], 5);
        Assert.Equal(0f, other[At("letters_group_gap")]);
        Assert.Equal(0.2f, twin[At("letters_group_size")], 5);
        Assert.Equal(0.1f, other[At("letters_group_size")], 5);
        Assert.Equal(0.2f, twin[At("fused_gap")], 5);
        Assert.Equal(0.02f, twin[At("fused_rank")], 5);
    }

    [Fact]
    public void The_share_of_a_shared_class_is_counted_over_the_first_hundred_candidates()
    {
        // 100 candidates of which 25 share a class, then 100 more that all do: only the first hundred count
        var list = Enumerable.Range(0, 200).Select(i => (Row(), 100.0 - i * 0.1, "m" + i, i < 100 ? i % 4 == 0 : true)).ToList();
        TrademarkFeatures.SetListFeatures(list);

        Assert.All(list, c => Assert.Equal(0.25f, c.Item1[At("class_share_in_list")], 5));
    }
}
