namespace SearchEngine.Patents;

/// <summary>
/// The per-candidate feature row patent search gives a learned reranker (one float per name, in this
/// order). Bump <see cref="Version"/> whenever names, order or meaning change: a model trained on
/// another version is not used.
/// </summary>
public static class PatentFeatures
{
    public const string Version = "patents-f1";

    public static readonly IReadOnlyList<string> Names =
    [
        "bm25_total",            // the first-stage score
        "rank_reciprocal",       // 1 / (1 + first-stage rank)
        "bm25_title",            // bag-of-words BM25 of the query terms in the title
        "bm25_abstract",
        "bm25_claims",
        "bm25_description",
        "ipc_subclass_overlap",  // Jaccard overlap of IPC subclasses with the query's (IC: terms or source document)
        "ipc_group_overlap",     // the same at main-group level
        "ipc_subclass_consensus",// share of the other top-10 candidates sharing an IPC subclass with this one
        "title_term_overlap",    // share of the query terms present in the title
        "claims_term_overlap",   // share of the query terms present in the claims
        "date_gap_years",        // |candidate year - median year of the top 10 candidates|
        "is_vietnamese",
    ];
}

/// <summary>A first-stage candidate with its features, for training and reranking.</summary>
public sealed record PatentCandidate(string Number, float Score, float[] Features);
