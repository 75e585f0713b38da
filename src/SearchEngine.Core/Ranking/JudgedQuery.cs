using System.Text.Json;

namespace SearchEngine.Ranking;

/// <summary>
/// A query with judged documents: <see cref="Fields"/> holds the query as written in its file (e.g.
/// <c>mark</c> and <c>classes</c> for trademarks, <c>query</c> and <c>mode</c> for patents) for the
/// collection's search to run; <see cref="Grades"/> maps document ids to grades 0–4.
/// </summary>
public sealed record JudgedQuery(string QueryId, JsonElement Fields, IReadOnlyDictionary<string, int> Grades, string Origin);
