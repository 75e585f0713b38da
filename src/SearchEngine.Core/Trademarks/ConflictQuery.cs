using SearchEngine.Ranking;

namespace SearchEngine.Trademarks;

/// <summary>How a conflict search narrows the register by Nice class.</summary>
public enum ClassFilterMode
{
    /// <summary>Classes only weigh in the score; every class is searched.</summary>
    None,
    /// <summary>Only marks sharing at least one of the query's classes.</summary>
    Exact,
    /// <summary>Marks in the query's classes or in a class related to one of them (<see cref="RelatedClasses"/>).</summary>
    Related,
}

/// <summary>The examiner's question: which earlier marks could conflict with this one?</summary>
public sealed record ConflictQuery
{
    public const int DefaultTop = 20;
    public const int MaxTop = 200;

    public required string Mark { get; init; }

    /// <summary>The classes the new mark is filed in; they always weigh in the score.</summary>
    public IReadOnlyList<NiceClass> Classes { get; init; } = [];

    /// <summary>Whether <see cref="Classes"/> also filter the register (not by default).</summary>
    public ClassFilterMode ClassFilter { get; init; } = ClassFilterMode.None;

    /// <summary>Statuses searched; live marks (registered, pending) by default.</summary>
    public IReadOnlyList<MarkStatus> Statuses { get; init; } = MarkStatuses.Live;

    /// <summary>Only marks filed (or with priority) strictly before this date, when set.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>Goods and services of the new mark as free text (any class); used when <see cref="Goods"/> is empty.</summary>
    public string? GoodsServices { get; init; }

    /// <summary>Goods and services of the new mark per class; compared with each candidate's goods.</summary>
    public IReadOnlyList<GoodsStatement> Goods { get; init; } = [];

    public int Top { get; init; } = DefaultTop;

    /// <summary>A learned model that rescores the first <see cref="RerankDepth"/> candidates, or null for the fused score.</summary>
    public IReranker? Reranker { get; init; }

    public int RerankDepth { get; init; } = 100;

    /// <summary>Checks the query and returns its parsed mark; throws <see cref="SearchEngineException"/> with a clear message.</summary>
    internal MarkText Validate()
    {
        var text = MarkText.ParseValid(Mark);
        if (Top is < 1 or > MaxTop) throw new SearchEngineException($"top must be from 1 to {MaxTop}, not {Top}");
        if (RerankDepth is < 1 or > 1000) throw new SearchEngineException($"rerank depth must be from 1 to 1000, not {RerankDepth}");
        if (Statuses.Count == 0) throw new SearchEngineException("at least one status must be searched");
        if (ClassFilter != ClassFilterMode.None && Classes.Count == 0)
        {
            throw new SearchEngineException("a class filter needs at least one class");
        }

        return text;
    }
}
