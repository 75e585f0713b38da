namespace SearchEngine.Classifications.Nice;

/// <summary>How alike two goods or services are, after EUIPO's grading (identical … dissimilar); best last.</summary>
public enum GoodsGrade
{
    /// <summary>Nothing in common, not even related classes.</summary>
    Dissimilar,
    /// <summary>In classes that meet in trade (<see cref="RelatedClasses"/>: coffee 30 and cafés 43).</summary>
    RelatedClass,
    /// <summary>In the same Nice class.</summary>
    SameClass,
    /// <summary>One inside the other: "cà phê" within "cà phê rang xay", or a class's general term ("clothing") and a term of that class ("shirts").</summary>
    Inside,
    /// <summary>Worded differently, the same Nice entry (same basic number: "coffee" and "cà phê").</summary>
    SameBasicNumber,
    /// <summary>The same words.</summary>
    Identical,
}
