using SearchEngine.Classifications.Nice;
using SearchEngine.Classifications;
using SearchEngine.Ranking;
using SearchEngine.Trademarks.Marks;

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
    /// <summary>
    /// Characters of a searched mark. Register marks are a few words; every candidate is compared with the
    /// whole mark (edit distances, sounds, phrases), so a page of text as a mark would cost each search dearly.
    /// </summary>
    public const int MaxMarkLength = 500;

    public required string Mark { get; init; }

    /// <summary>The classes the new mark is filed in; they always weigh in the score.</summary>
    public IReadOnlyList<NiceClass> Classes { get; init; } = [];

    /// <summary>Whether <see cref="Classes"/> also filter the register (not by default).</summary>
    public ClassFilterMode ClassFilter { get; init; } = ClassFilterMode.None;

    /// <summary>Statuses searched; live marks (registered, pending) by default.</summary>
    public IReadOnlyList<MarkStatus> Statuses { get; init; } = MarkStatuses.Live;

    /// <summary>Only marks filed (or with priority) strictly before this date, when set.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>Only marks with a figurative element under one of these Vienna codes (26, 26.04, 26.04.01), when any.</summary>
    public IReadOnlyList<ViennaCode> Vienna { get; init; } = [];

    /// <summary>The Vienna codes of the new mark's own figurative elements: they weigh in as a similarity feature.</summary>
    public IReadOnlyList<ViennaCode> ViennaCodes { get; init; } = [];

    /// <summary>True when the search is by figurative elements alone (no words given, Vienna codes or a Vienna filter instead).</summary>
    public bool IsFigurativeOnly => string.IsNullOrWhiteSpace(Mark) && (Vienna.Count > 0 || ViennaCodes.Count > 0);

    /// <summary>Goods and services of the new mark as free text (any class); used when <see cref="Goods"/> is empty.</summary>
    public string? GoodsServices { get; init; }

    /// <summary>Goods and services of the new mark per class; compared with each candidate's goods.</summary>
    public IReadOnlyList<GoodsStatement> Goods { get; init; } = [];

    public int Top { get; init; } = DefaultTop;

    /// <summary>A learned model that rescores the first <see cref="RerankDepth"/> candidates, or null for the fused score.</summary>
    public IReranker? Reranker { get; init; }

    public int RerankDepth { get; init; } = 100;

    /// <summary>
    /// The most the reranker may add to a fused score (0–100 scale), so it reorders only candidates whose fused
    /// scores lie within this many points of each other; 0 keeps the fused order (ties aside), 100 or more lets
    /// the model reach across the whole list. <see cref="DefaultRerankMargin"/> unless an evaluation sweeps it.
    /// </summary>
    public double RerankMargin { get; init; } = DefaultRerankMargin;

    /// <summary>
    /// The margin every search uses. A model trained on generated registers learns which of several close
    /// candidates is the conflict, but its preferences may drift on a register of another size; the bound keeps
    /// its gain among close candidates and stops it from burying a clearly better fused match. Chosen on
    /// generated registers (docs/ranking.md), not on the dev sets.
    /// </summary>
    public const double DefaultRerankMargin = 20;

    /// <summary>Largest <see cref="RerankMargin"/> accepted: past 100 points the model already orders the whole list.</summary>
    public const double MaxRerankMargin = 1000;

    /// <summary>Checks the query and returns its parsed mark; throws <see cref="SearchEngineException"/> with a clear message.</summary>
    internal MarkText Validate()
    {
        if (Mark?.Length > MaxMarkLength) throw new SearchEngineException($"the mark is {Mark.Length:N0} characters long; a search takes at most {MaxMarkLength:N0}");
        var text = IsFigurativeOnly ? MarkText.Parse("") : MarkText.ParseValid(Mark);
        if (Top is < 1 or > MaxTop) throw new SearchEngineException($"top must be from 1 to {MaxTop}, not {Top}");
        if (RerankDepth is < 1 or > 1000) throw new SearchEngineException($"rerank depth must be from 1 to 1000, not {RerankDepth}");
        if (!(RerankMargin >= 0 && RerankMargin <= MaxRerankMargin)) throw new SearchEngineException($"rerank margin must be from 0 to {MaxRerankMargin}, not {RerankMargin}");
        if (Statuses.Count == 0) throw new SearchEngineException("at least one status must be searched");
        if (ClassFilter != ClassFilterMode.None && Classes.Count == 0)
        {
            throw new SearchEngineException("a class filter needs at least one class");
        }

        return text;
    }
}
