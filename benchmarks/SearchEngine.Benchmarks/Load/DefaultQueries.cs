namespace SearchEngine.Benchmarks.Load;

/// <summary>Queries a load run sends when given no file: marks as applicants write them, and examiners' patent queries.</summary>
internal static class DefaultQueries
{
    public static readonly string[] Trademarks =
    [
        "Trung Nguyen", "TRUNGNGUYEN", "Cà Phê Trung Nguyên", "Vinamilk", "Vina Milk", "Phở Hà Nội", "Sao Việt",
        "Hoa Sen", "Bia Sài Gòn", "Tân Hiệp Phát", "Mai Linh", "Kinh Đô", "Bánh Mì Việt", "Thiên Long",
        "Đất Việt", "Nam Long", "Golden Star", "Sunrise", "Viet Star Group", "Tiep Ngon", "Bitis", "Biti's",
        "Hoàng Gia", "An Phát", "Minh Long", "Phúc Long", "Highland", "Kim Đan", "Thái Bình", "Lộc Phát",
    ];

    public static readonly string[] Patents =
    [
        "phân bón", "\"phân bón hữu cơ\"", "vắc xin", "pin AND lithium", "TI:vaccine", "enzyme", "polyme*",
        "hợp chất", "dược phẩm", "battery OR accumulator", "IC:A01N", "AB:(protein AND kháng thể)", "thiết bị",
        "method NEAR5 producing", "semiconductor", "catalyst", "thuốc trừ sâu", "nucleic acid", "composition", "máy",
    ];
}
