namespace SearchEngine.Benchmarks.Load;

/// <summary>
/// The costly requests of the reliability issue, mixed into a load run one a second (<c>--costly 1</c>): the
/// 610-word NEAR chain that ran 31.9 s, and the costliest shapes still allowed (a NEAR chain of wildcards at the
/// operand limit, like-this text at the length limit, a mark at its length limit with the most hits).
/// </summary>
internal static class CostlyQueries
{
    public sealed record Request(string Label, HttpMethod Method, string PathAndQuery, string? JsonBody);

    public static IReadOnlyList<Request> All()
    {
        var chain = string.Join(" NEAR5 ", Enumerable.Repeat("pin", 610));
        var wildcards = string.Join(" NEAR10 ", new[] { "ph*", "th*", "ch*", "co*", "pr*", "me*", "de*", "tr*" });
        var likeThis = string.Concat(Enumerable.Repeat("Phương pháp sản xuất phân bón hữu cơ vi sinh từ phế phẩm nông nghiệp và thiết bị thực hiện phương pháp này. ", 100))[..10_000];
        var longMark = string.Concat(Enumerable.Repeat("Công ty Trung Nguyên ", 24))[..500];
        return
        [
            new("near-chain-610", HttpMethod.Get, "/api/patents/search?q=" + Uri.EscapeDataString(chain), null),
            new("wildcard-near-8", HttpMethod.Get, "/api/patents/search?q=" + Uri.EscapeDataString(wildcards) + "&pageSize=100", null),
            new("like-this-10k", HttpMethod.Post, "/api/patents/similar", System.Text.Json.JsonSerializer.Serialize(new { text = likeThis, top = 200 })),
            new("mark-500-top-200", HttpMethod.Get, "/api/trademarks/search?top=200&status=all&mark=" + Uri.EscapeDataString(longMark), null),
        ];
    }
}
