using System.Text.RegularExpressions;
using SearchEngine.Trademarks;

namespace SearchEngine.Classifications.Nice;

/// <summary>
/// How applicants phrase services whose class the goods words do not tell: "mua bán X", "bán lẻ X",
/// "retail store services featuring X" are class 35 whatever X is; "lắp ráp X" (assembly for others) is 40;
/// "sửa chữa X" (repair) is 37. A pattern in a segment's head ("Mua bán: giường, tủ") covers its items.
/// </summary>
internal sealed record FilingPattern(Regex Pattern, NiceClass Class)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static FilingPattern Make(string pattern, int c) => new(new Regex(pattern, Options, TimeSpan.FromMilliseconds(50)), new NiceClass(c));

    /// <summary>Matched against the normalised (lower-case, toned) item and segment head.</summary>
    public static IReadOnlyList<FilingPattern> All { get; } =
    [
        Make(@"^(dịch vụ )?(mua bán|buôn bán|bán buôn|bán lẻ|bán sỉ|bán hàng|đại lý|phân phối|xuất nhập khẩu|xuất khẩu|nhập khẩu|kinh doanh siêu thị|siêu thị|cửa hàng|giới thiệu và bán|trưng bày và bán)\b", 35),
        Make(@"^(dịch vụ )?kinh doanh (?!bất động sản|bảo hiểm|nhà hàng|khách sạn|du lịch|vận tải)", 35),
        Make(@"\b(retail|wholesale|wholesaling|retailing)\b|\bonline (retail )?store services\b|\bdistributorships?\b|\bimport[- ]export\b|\bmail order\b|\bsales agency\b", 35),
        Make(@"^(dịch vụ )?(lắp ráp|gia công)\b", 40),
        Make(@"^(dịch vụ )?(sửa chữa|bảo dưỡng|bảo trì|bảo hành|lắp đặt)\b", 37),
    ];

    /// <summary>The class of the first pattern the text matches, or null.</summary>
    public static NiceClass? Match(string normalized)
    {
        foreach (var p in All)
        {
            try
            {
                if (p.Pattern.IsMatch(normalized)) return p.Class;
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
        }

        return null;
    }
}
