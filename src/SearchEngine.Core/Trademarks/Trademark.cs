namespace SearchEngine.Trademarks;

/// <summary>
/// One entry of the trademark register. <see cref="Number"/> is the application number and the key:
/// importing a record with a number already present replaces the earlier record.
/// </summary>
public sealed record Trademark
{
    public required string Number { get; init; }

    /// <summary>The mark's words as filed (word marks) or the verbal element of a figurative mark.</summary>
    public required string Mark { get; init; }

    public string MarkType { get; init; } = "word";

    public IReadOnlyList<NiceClass> Classes { get; init; } = [];

    public string? GoodsServices { get; init; }

    public IReadOnlyList<GoodsStatement> Goods { get; init; } = [];

    public string? Owner { get; init; }

    public MarkStatus Status { get; init; } = MarkStatus.Registered;

    public DateOnly? FilingDate { get; init; }

    public DateOnly? PriorityDate { get; init; }

    public DateOnly? RegistrationDate { get; init; }

    public DateOnly? ExpiryDate { get; init; }

    /// <summary>Elements not protected on their own (INID 526, yếu tố loại trừ), e.g. "Cà Phê".</summary>
    public IReadOnlyList<string> Disclaimed { get; init; } = [];

    /// <summary>Vienna classification codes of the figurative elements, e.g. "26.04.01".</summary>
    public IReadOnlyList<string> ViennaCodes { get; init; } = [];

    /// <summary>The date that decides "earlier than": priority when claimed, else filing.</summary>
    public DateOnly? EffectiveDate => PriorityDate ?? FilingDate;
}
