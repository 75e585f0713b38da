namespace SearchEngine.Trademarks.Candidates;

/// <summary>The Lucene queries that each bring candidates; a candidate keeps its score from each as a feature.</summary>
internal enum CandidateStrategy
{
    /// <summary>Same compact or same distinctive core (case, spacing, tones and generic words ignored).</summary>
    Exact,
    /// <summary>Up to two edits on the compact form or the core.</summary>
    FuzzyCompact,
    /// <summary>Shared syllables or words, exact or one/two edits apart, tones as a tie-breaker.</summary>
    Tokens,
    /// <summary>Character trigram overlap.</summary>
    NGrams,
    /// <summary>Shared Vietnamese phonetic keys or Double Metaphone codes.</summary>
    Phonetic,
    /// <summary>A candidate equal to a run of the query's words (the query adds words).</summary>
    Parts,
    /// <summary>A candidate holding every distinctive word of the query (the query drops words).</summary>
    Containment,
    /// <summary>A candidate meaning what the query means, in any language or word order (see Meaning/).</summary>
    Concepts,
    /// <summary>A distinctive element of the query found among a mark's elements: any order, misspelt, sounding alike, or inside a compound.</summary>
    Elements,
}
