namespace SearchEngine.Classifications.Nice;

/// <summary>
/// One item of a goods list ("shirts" in "clothing, namely shirts, hats") with the head of the segment it
/// came from ("Mua bán" in "Mua bán: giường, tủ"), which carries context the item lost in the split.
/// <see cref="Specific"/> marks an item listed after "namely" / "in the nature of" / "consisting of": it spells
/// out its segment's head ("software, namely, database management"), and the head decides the class.
/// </summary>
public sealed record GoodsItem(string Text, string SegmentHead, bool Specific = false);
