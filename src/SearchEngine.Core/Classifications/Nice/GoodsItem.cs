namespace SearchEngine.Classifications.Nice;

/// <summary>
/// One item of a goods list ("shirts" in "clothing, namely shirts, hats") with the head of the segment it
/// came from ("Mua bán" in "Mua bán: giường, tủ"), which carries context the item lost in the split.
/// </summary>
public sealed record GoodsItem(string Text, string SegmentHead);
