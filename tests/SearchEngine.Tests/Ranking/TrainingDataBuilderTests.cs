using System.Text.Json;
using SearchEngine.Ranking;

namespace SearchEngine.Tests.Ranking;

public class TrainingDataBuilderTests
{
    /// <summary>A collection of ids d0…d9 whose search returns, for every query, d0…d4 in fused order.</summary>
    private sealed class FiveHitSource : ITrainingSource
    {
        public string Collection => "trademarks";
        public string FeatureSetVersion => "fake-1";
        public IReadOnlyList<string> FeatureNames => ["f"];
        public List<string> Searched { get; } = [];

        public bool Exists(string id) => id.Length == 2 && id[0] == 'd' && char.IsDigit(id[1]);

        public IReadOnlyList<RankingCandidate> Candidates(JudgedQuery query, int top)
        {
            Searched.Add(query.Fields.GetProperty("mark").GetString()!);
            return Enumerable.Range(0, Math.Min(5, top)).Select(i => new RankingCandidate($"d{i}", [i], 100 - i, 0)).ToList();
        }

        public JsonElement FieldsForText(string text) => JsonSerializer.SerializeToElement(new { mark = text });

        public void Dispose() { }
    }

    private static JudgedQuery Query(string qid, params (string Id, int Grade)[] grades) =>
        new(qid, JsonSerializer.SerializeToElement(new { mark = qid }), grades.ToDictionary(g => g.Id, g => g.Grade), "test");

    [Fact]
    public void Judged_candidates_get_their_grade_and_the_rest_zero()
    {
        var data = TrainingDataBuilder.Build(new FiveHitSource(), [Query("q1", ("d3", 4), ("d1", 2))]);
        var group = data.Dataset.Groups.Single();

        Assert.Equal([0, 2, 0, 4, 0], group.Candidates.Select(c => c.Grade));
        Assert.Empty(group.MissedGrades);
        Assert.Equal(2, data.RetrievedRelevant);
    }

    [Fact]
    public void Relevant_ids_outside_the_candidates_are_kept_as_missed_grades()
    {
        var data = TrainingDataBuilder.Build(new FiveHitSource(), [Query("q1", ("d8", 4), ("d9", 0))], top: 3);

        Assert.Equal(3, data.Dataset.Groups.Single().Candidates.Count);
        Assert.Equal([4], data.Dataset.Groups.Single().MissedGrades);
        Assert.Equal(1, data.JudgedRelevant);
        Assert.Equal(0, data.RetrievedRelevant);
    }

    [Fact]
    public void Unknown_ids_fail_before_any_search_with_their_query()
    {
        var source = new FiveHitSource();
        var e = Assert.Throws<SearchEngineException>(() => TrainingDataBuilder.Build(source, [Query("q1", ("d1", 1)), Query("q2", ("VN-404", 3))]));

        Assert.Contains("VN-404 (query q2", e.Message);
        Assert.Empty(source.Searched);
    }

    [Fact]
    public void Several_indexes_give_one_dataset_with_each_later_index_labelled()
    {
        var (small, large) = (new FiveHitSource(), new FiveHitSource());
        var data = TrainingDataBuilder.Build([
            new TrainingRegister(small, [Query("q1", ("d1", 4))]),
            new TrainingRegister(large, [Query("q1", ("d2", 4)), Query("q2", ("d9", 3))], "reg250k"),
        ]);

        Assert.Equal(["q1", "reg250k/q1", "reg250k/q2"], data.Dataset.Groups.Select(g => g.QueryId));
        Assert.Equal(4, data.Dataset.Groups[1].Candidates[2].Grade);
        Assert.Equal([3], data.Dataset.Groups[2].MissedGrades);
        Assert.Equal(3, data.JudgedRelevant);
        Assert.Equal(2, data.RetrievedRelevant);
        Assert.Equal(["q1"], small.Searched);
        Assert.Equal(["q1", "q2"], large.Searched);
    }

    private sealed class OtherFeatureSet : ITrainingSource
    {
        public string Collection => "trademarks";
        public string FeatureSetVersion => "fake-2";
        public IReadOnlyList<string> FeatureNames => ["f", "g"];
        public bool Exists(string id) => true;
        public IReadOnlyList<RankingCandidate> Candidates(JudgedQuery query, int top) => [new("d1", [0, 0], 1, 0)];
        public JsonElement FieldsForText(string text) => JsonSerializer.SerializeToElement(new { mark = text });
        public void Dispose() { }
    }

    [Fact]
    public void Indexes_of_another_feature_set_are_refused()
    {
        var e = Assert.Throws<SearchEngineException>(() => TrainingDataBuilder.Build([
            new TrainingRegister(new FiveHitSource(), [Query("q1", ("d1", 4))]),
            new TrainingRegister(new OtherFeatureSet(), [Query("q1", ("d1", 4))], "other"),
        ]));
        Assert.Contains("fake-2", e.Message);
    }

    [Fact]
    public void Feedback_becomes_one_query_per_text_with_the_latest_grade()
    {
        var t0 = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
        FeedbackEntry F(string q, string hit, int grade, int minutes, string collection = "trademarks") => new(collection, q, hit, grade, "u", t0.AddMinutes(minutes));
        var source = new FiveHitSource();

        var queries = TrainingDataBuilder.FromFeedback(source, [
            F("Vina Milk", "d1", 4, 5), F("Vina Milk", "d1", 1, 1), F("Vina Milk ", "d2", 0, 2),
            F("Phở 24", "d3", 3, 0), F("Vina Milk", "d4", 2, 0, "patents"),
        ]);

        Assert.Equal(2, queries.Count);
        var vina = queries.Single(q => q.Fields.GetProperty("mark").GetString() == "Vina Milk");
        Assert.Equal(new Dictionary<string, int> { ["d1"] = 4, ["d2"] = 0 }, vina.Grades);
        Assert.Equal("feedback log", vina.Origin);
    }
}
