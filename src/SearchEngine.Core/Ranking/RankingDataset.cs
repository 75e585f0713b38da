using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SearchEngine.Ranking;

/// <summary>
/// Everything a reranker is trained and validated on: query groups of feature rows in one feature set.
/// </summary>
public sealed class RankingDataset
{
    public const int MaxGrade = 4;

    public RankingDataset(string collection, string featureSetVersion, IReadOnlyList<string> featureNames, IReadOnlyList<RankingGroup> groups)
    {
        if (featureNames.Count == 0) throw new ArgumentException("a feature set needs at least one feature", nameof(featureNames));
        Collection = collection;
        FeatureSetVersion = featureSetVersion;
        FeatureNames = featureNames;
        Groups = groups;
        Validate();
    }

    public string Collection { get; }
    public string FeatureSetVersion { get; }
    public IReadOnlyList<string> FeatureNames { get; }
    public IReadOnlyList<RankingGroup> Groups { get; }

    public int RowCount => Groups.Sum(g => g.Candidates.Count);

    private void Validate()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in Groups)
        {
            if (!seen.Add(g.QueryId)) throw new SearchEngineException($"query {g.QueryId} appears twice in the training data");
            if (g.Candidates.Count == 0) throw new SearchEngineException($"query {g.QueryId} has no candidates to rank");
            foreach (var c in g.Candidates)
            {
                if (c.Features.Length != FeatureNames.Count)
                {
                    throw new SearchEngineException($"query {g.QueryId}, candidate {c.Id}: {c.Features.Length} features, the feature set has {FeatureNames.Count}");
                }

                if (c.Grade is < 0 or > MaxGrade) throw new SearchEngineException($"query {g.QueryId}, candidate {c.Id}: grade {c.Grade} is outside 0–{MaxGrade}");
            }
        }
    }

    /// <summary>
    /// A short hash of the rows, labels and feature set, stored with a model so anyone can tell whether two
    /// models were trained on the same data.
    /// </summary>
    public string Fingerprint()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) => sha.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        Add(Collection);
        Add(FeatureSetVersion);
        Add(string.Join(',', FeatureNames));
        foreach (var g in Groups)
        {
            Add("q " + g.QueryId + " " + string.Join(',', g.MissedGrades));
            foreach (var c in g.Candidates)
            {
                Add(string.Create(CultureInfo.InvariantCulture, $"{c.Id} {c.Grade} {c.FusedScore:R} {string.Join(',', c.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture)))}"));
            }
        }

        return "sha256:" + Convert.ToHexStringLower(sha.GetHashAndReset())[..16];
    }
}
