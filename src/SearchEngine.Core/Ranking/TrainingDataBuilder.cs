namespace SearchEngine.Ranking;

/// <summary>
/// Turns judged queries into ranking groups: runs each query through the collection's search, keeps its
/// top candidates, grades the judged ones and leaves the rest at 0.
/// </summary>
public static class TrainingDataBuilder
{
    public const int DefaultCandidates = 100;

    public static TrainingData Build(ITrainingSource source, IReadOnlyList<JudgedQuery> queries, int top = DefaultCandidates)
    {
        var unknown = queries
            .SelectMany(q => q.Grades.Keys.Where(id => !source.Exists(id)).Select(id => $"{id} (query {q.QueryId}, {q.Origin})"))
            .ToList();
        if (unknown.Count > 0)
        {
            throw new SearchEngineException($"{unknown.Count} judged id(s) are not in the {source.Collection} index, nothing trained: " +
                                            string.Join(", ", unknown.Take(5)) + (unknown.Count > 5 ? ", …" : ""));
        }

        var groups = new List<RankingGroup>(queries.Count);
        var empty = 0;
        var judgedRelevant = 0;
        var retrievedRelevant = 0;
        foreach (var q in queries)
        {
            var candidates = source.Candidates(q, top);
            if (candidates.Count == 0)
            {
                empty++;
                continue;
            }

            var graded = candidates.Select(c => c with { Grade = q.Grades.GetValueOrDefault(c.Id) }).ToList();
            var retrieved = graded.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var missed = q.Grades.Where(kv => kv.Value > 0 && !retrieved.Contains(kv.Key)).Select(kv => kv.Value).ToList();
            judgedRelevant += q.Grades.Count(kv => kv.Value > 0);
            retrievedRelevant += graded.Count(c => c.Grade > 0);
            groups.Add(new RankingGroup(q.QueryId, graded, missed));
        }

        var dataset = new RankingDataset(source.Collection, source.FeatureSetVersion, source.FeatureNames, groups);
        return new TrainingData(dataset, empty, judgedRelevant, retrievedRelevant);
    }

    /// <summary>
    /// One dataset from several indexes of the same collection and feature set: each index's groups as
    /// <see cref="Build(ITrainingSource, IReadOnlyList{JudgedQuery}, int)"/> makes them, a labelled index's
    /// query ids prefixed with its label.
    /// </summary>
    public static TrainingData Build(IReadOnlyList<TrainingRegister> registers, int top = DefaultCandidates)
    {
        if (registers.Count == 0) throw new ArgumentException("no index to train on", nameof(registers));
        var first = registers[0].Source;
        var parts = new List<TrainingData>(registers.Count);
        foreach (var r in registers)
        {
            if (r.Source.Collection != first.Collection || r.Source.FeatureSetVersion != first.FeatureSetVersion)
            {
                throw new SearchEngineException($"cannot train one model on {first.Collection} ({first.FeatureSetVersion}) and {r.Source.Collection} ({r.Source.FeatureSetVersion})");
            }

            var queries = r.Label is null ? r.Queries : r.Queries.Select(q => q with { QueryId = r.Label + "/" + q.QueryId }).ToList();
            parts.Add(Build(r.Source, queries, top));
        }

        if (parts.Count == 1) return parts[0];
        var dataset = new RankingDataset(first.Collection, first.FeatureSetVersion, first.FeatureNames, [.. parts.SelectMany(p => p.Dataset.Groups)]);
        return new TrainingData(dataset, parts.Sum(p => p.QueriesWithoutCandidates), parts.Sum(p => p.JudgedRelevant), parts.Sum(p => p.RetrievedRelevant));
    }

    /// <summary>
    /// Examiner feedback as judged queries: one query per distinct query text of the collection; when a hit
    /// was graded more than once the latest grade wins, as examiners revise their calls.
    /// </summary>
    public static IReadOnlyList<JudgedQuery> FromFeedback(ITrainingSource source, IEnumerable<FeedbackEntry> entries) =>
        entries.Where(e => e.Collection == source.Collection)
            .GroupBy(e => e.Query.Trim(), StringComparer.Ordinal)
            .Select((g, i) => new JudgedQuery(
                $"feedback-{i + 1}",
                source.FieldsForText(g.Key),
                g.OrderBy(e => e.Time).GroupBy(e => e.HitId, StringComparer.Ordinal).ToDictionary(h => h.Key, h => h.Last().Grade, StringComparer.Ordinal),
                "feedback log"))
            .ToList();
}

/// <summary>The dataset and what was lost building it: queries with no candidates, relevant ids not retrieved.</summary>
public sealed record TrainingData(RankingDataset Dataset, int QueriesWithoutCandidates, int JudgedRelevant, int RetrievedRelevant);
