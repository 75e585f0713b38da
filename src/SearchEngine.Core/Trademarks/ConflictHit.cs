namespace SearchEngine.Trademarks;

/// <summary>How likely a hit conflicts: high (examine it), medium (look), low (shown for completeness).</summary>
public enum ConflictBand
{
    Low,
    Medium,
    High,
}

/// <summary>
/// One earlier mark found by a conflict search, with the score (0–100), its band and the reasons an
/// examiner reads: each reason is machine-readable ("edit-distance:1", "same-class:30",
/// "contains:\"trung nguyen\"").
/// </summary>
public sealed record ConflictHit
{
    public required Trademark Trademark { get; init; }

    /// <summary>
    /// Similarity 0–100, the score that ordered the hits: the fused score, or with a reranker the fused scores
    /// of the reranked candidates taken in descending order (monotone with the rank; the band follows it).
    /// </summary>
    public required double Score { get; init; }

    /// <summary>The hand-fused score of this mark, whatever ordered the hits.</summary>
    public double FusedScore { get; init; }

    public required ConflictBand Band { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The candidate's feature row, in <see cref="TrademarkFeatures.Names"/> order (for learning to rank).</summary>
    public required float[] Features { get; init; }

    /// <summary>When a reranker ordered the hits: the fused score plus its bounded adjustment (the value that ordered them), else null.</summary>
    public double? RerankScore { get; init; }

    public string Number => Trademark.Number;

    public string Mark => Trademark.Mark;
}

/// <summary>The answer to a conflict search: the hits and how many candidates were compared.</summary>
public sealed record ConflictResult(IReadOnlyList<ConflictHit> Hits, int CandidatesCompared, string? RerankerVersion)
{
    /// <summary>Vienna divisions among the compared candidates (every mark the filter keeps, in a search by figurative elements), most frequent first.</summary>
    public IReadOnlyList<ViennaFacet> ViennaDivisions { get; init; } = [];

    /// <summary>Marks the register filter kept, when the search is by figurative elements alone (else null).</summary>
    public int? Matching { get; init; }
}

/// <summary>How many of a search's results have a figurative element in a Vienna division, with the division's name.</summary>
public sealed record ViennaFacet(string Code, string? Name, int Count);
