using SearchEngine.Classifications.Nice;

namespace SearchEngine.Trademarks;

/// <summary>
/// One entry of the trademark register. <see cref="Number"/> is the application number and the key:
/// importing a record with a number already present replaces the earlier record.
/// </summary>
public sealed record Trademark
{
    public required string Number { get; init; }

    /// <summary>The mark's words as filed (word marks) or the verbal element of a figurative mark; empty for a purely figurative mark.</summary>
    public required string Mark { get; init; }

    /// <summary>word, figurative, combined, three-dimensional, sound or other (INID 550).</summary>
    public string MarkType { get; init; } = "word";

    public IReadOnlyList<NiceClass> Classes { get; init; } = [];

    /// <summary>Free text of the goods and services when a file gives them without their classes (older register files).</summary>
    public string? GoodsServices { get; init; }

    public IReadOnlyList<GoodsStatement> Goods { get; init; } = [];

    public string? Owner { get; init; }

    public string? OwnerAddress { get; init; }

    /// <summary>The industrial-property agent or attorney (INID 740).</summary>
    public string? Agent { get; init; }

    public MarkStatus Status { get; init; } = MarkStatus.Registered;

    public DateOnly? FilingDate { get; init; }

    public DateOnly? PriorityDate { get; init; }

    public string? RegistrationNumber { get; init; }

    public DateOnly? RegistrationDate { get; init; }

    public DateOnly? ExpiryDate { get; init; }

    public DateOnly? PublicationDate { get; init; }

    /// <summary>Elements not protected on their own (INID 526, yếu tố loại trừ), e.g. "Cà Phê".</summary>
    public IReadOnlyList<string> Disclaimed { get; init; } = [];

    /// <summary>Vienna classification codes of the figurative elements, e.g. "26.04.01".</summary>
    public IReadOnlyList<string> ViennaCodes { get; init; } = [];

    /// <summary>The translation of the mark's words (INID 566).</summary>
    public string? Translation { get; init; }

    /// <summary>Colours claimed (INID 591), as the office wrote them.</summary>
    public IReadOnlyList<string> Colours { get; init; } = [];

    /// <summary>The office that keeps the record, as a WIPO ST.3 code: VN, US, EM...</summary>
    public string? Office { get; init; }

    /// <summary>Where the office publishes the mark's image (INID 540).</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The date that decides "earlier than": priority when claimed, else filing.</summary>
    public DateOnly? EffectiveDate => PriorityDate ?? FilingDate;
}
