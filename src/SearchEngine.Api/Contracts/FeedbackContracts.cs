namespace SearchEngine.Api.Contracts;

/// <summary>An examiner's judgement of one hit, the body of <c>POST /api/feedback</c>.</summary>
public sealed record FeedbackRequest
{
    /// <summary>"trademarks" or "patents".</summary>
    public string? Collection { get; init; }

    /// <summary>The query text the hit was found for (the mark, the patent query or the pasted text).</summary>
    public string? Query { get; init; }

    /// <summary>The hit's number.</summary>
    public string? Number { get; init; }

    /// <summary>0 = not relevant … 4 = certain conflict / prior art. Give this or <see cref="Relevant"/>.</summary>
    public int? Grade { get; init; }

    /// <summary>Shorthand for a grade: true = 3 (relevant), false = 0.</summary>
    public bool? Relevant { get; init; }

    /// <summary>Who judged (an examiner id); "web" when not given.</summary>
    public string? User { get; init; }
}

public sealed record FeedbackResponse(string Collection, string Number, int Grade, DateTimeOffset Time);
