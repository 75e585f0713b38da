using SearchEngine.Classifications;
using SearchEngine.Trademarks.Comparison;
using SearchEngine.Trademarks;

namespace SearchEngine.Api.Contracts;

/// <summary>The body of <c>POST /api/trademarks/search</c>: the GET parameters plus the goods/services text.</summary>
public sealed record TrademarkSearchRequest
{
    /// <summary>The mark to clear, as filed (e.g. "Cà Phê Trung Nguyên").</summary>
    public string? Mark { get; init; }

    /// <summary>Nice classes of the new mark (1–45); they weigh in the score.</summary>
    public IReadOnlyList<int>? Classes { get; init; }

    /// <summary>How classes narrow the register: none (default: score only), exact, related.</summary>
    public string? ClassFilter { get; init; }

    /// <summary>"live" (default: registered and pending), "all", or a list such as "registered,expired".</summary>
    public string? Status { get; init; }

    /// <summary>Only marks filed (or with priority) before this date, yyyy-MM-dd.</summary>
    public string? Before { get; init; }

    /// <summary>How many hits (1–200, default 20).</summary>
    public int? Top { get; init; }

    /// <summary>Only marks with a figurative element under these Vienna codes (26, 26.04, 26.04.01), comma-separated.</summary>
    public string? Vienna { get; init; }

    /// <summary>The new mark's own Vienna codes, comma-separated: they weigh in the similarity of figurative marks.</summary>
    public string? ViennaCodes { get; init; }

    /// <summary>Goods and services of the new mark as free text, at most 10,000 characters; compared with each hit's goods.</summary>
    public string? GoodsServices { get; init; }

    /// <summary>Goods and services per class (INID 511), used instead of <see cref="GoodsServices"/> when given.</summary>
    public IReadOnlyList<GoodsDto>? Goods { get; init; }

    /// <summary>false for the fused order alone; by default a loaded reranker may move each hit by a bounded margin.</summary>
    public bool? Rerank { get; init; }
}

/// <summary>The goods or services of one Nice class: <c>{"class": 30, "text": "cà phê rang xay"}</c>.</summary>
public sealed record GoodsDto(int Class, string Text)
{
    public static GoodsDto From(GoodsStatement g) => new(g.Class.Number, g.Text);
}

public sealed record TrademarkHitDto(
    string Number,
    string Mark,
    double Score,
    string Band,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<int> Classes,
    string Status,
    DateOnly? FilingDate,
    DateOnly? PriorityDate,
    DateOnly? RegistrationDate,
    DateOnly? ExpiryDate,
    string? Owner,
    string MarkType,
    IReadOnlyList<string> Disclaimed,
    IReadOnlyList<TextSegment> Highlight,
    IReadOnlyList<ViennaCodeDto> Vienna,
    string? GoodsServices,
    IReadOnlyList<GoodsDto> Goods);

/// <summary>A Vienna code with its name in the classification (null for an office's own extension).</summary>
public sealed record ViennaCodeDto(string Code, string? Name)
{
    public static IReadOnlyList<ViennaCodeDto> ListOf(IReadOnlyList<string> codes) =>
        [.. codes.Select(c => new ViennaCodeDto(c, ViennaCode.TryParse(c, out var v) ? ViennaClassification.NameOf(v) : null))];
}

/// <summary>A facet: how many results have a figurative element in this Vienna division.</summary>
public sealed record ViennaFacetDto(string Code, string? Name, int Count);

public sealed record TrademarkSearchResponse(
    string Mark,
    IReadOnlyList<int> Classes,
    int CandidatesCompared,
    string? Reranker,
    IReadOnlyList<TrademarkHitDto> Hits,
    IReadOnlyList<ViennaFacetDto> ViennaDivisions,
    int? Matching);

public sealed record TrademarkDto(
    string Number,
    string Mark,
    string MarkType,
    IReadOnlyList<int> Classes,
    string? GoodsServices,
    string? Owner,
    string Status,
    DateOnly? FilingDate,
    DateOnly? PriorityDate,
    DateOnly? RegistrationDate,
    DateOnly? ExpiryDate,
    IReadOnlyList<string> Disclaimed,
    IReadOnlyList<string> ViennaCodes,
    IReadOnlyList<GoodsDto> Goods,
    IReadOnlyList<ViennaCodeDto> Vienna,
    IReadOnlyList<string> Colours,
    string? RegistrationNumber,
    DateOnly? PublicationDate,
    string? OwnerAddress,
    string? Agent,
    string? Translation,
    string? Office,
    string? ImageUrl)
{
    public static TrademarkDto From(Trademark t) => new(
        t.Number, t.Mark, t.MarkType, [.. t.Classes.Select(c => c.Number)], t.GoodsServices, t.Owner, t.Status.ToName(),
        t.FilingDate, t.PriorityDate, t.RegistrationDate, t.ExpiryDate, t.Disclaimed, t.ViennaCodes,
        [.. t.Goods.Select(GoodsDto.From)], ViennaCodeDto.ListOf(t.ViennaCodes), t.Colours,
        t.RegistrationNumber, t.PublicationDate, t.OwnerAddress, t.Agent, t.Translation, t.Office, t.ImageUrl);
}

internal static class TrademarkMapping
{
    public static TrademarkHitDto ToDto(this ConflictHit hit, MarkHighlight highlight)
    {
        var t = hit.Trademark;
        return new TrademarkHitDto(
            t.Number, t.Mark, Math.Round(hit.Score, 2), hit.Band.ToString().ToLowerInvariant(), hit.Reasons,
            [.. t.Classes.Select(c => c.Number)], t.Status.ToName(), t.FilingDate, t.PriorityDate, t.RegistrationDate,
            t.ExpiryDate, t.Owner, t.MarkType, t.Disclaimed, TextSegment.Split(t.Mark, highlight.MatchedRanges(t.Mark)),
            ViennaCodeDto.ListOf(t.ViennaCodes), t.GoodsServices, [.. t.Goods.Select(GoodsDto.From)]);
    }
}
