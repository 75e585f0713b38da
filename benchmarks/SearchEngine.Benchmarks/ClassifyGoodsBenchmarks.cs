using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SearchEngine.Classifications.Nice;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Time per goods text of <c>classify goods</c> (the classification is loaded once, in the setup). Each invocation
/// classifies every text below, so the reported mean is per text (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class ClassifyGoodsBenchmarks
{
    private sealed class InProcessShortConfig : ManualConfig
    {
        public InProcessShortConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10));
    }

    // Filing-like texts, short and long, English and Vietnamese (written for the benchmark).
    private static readonly string[] Texts =
    [
        "coffee; tea; cocoa; sugar; rice; flour; bread, pastry and confectionery",
        "Computer software, computer software applications, operating systems, namely, software for artificial intelligence, deep learning and image analysis",
        "Clothing, namely, shirts, hats, and baby jumpsuits",
        "retail store services featuring clothing, footwear and headwear; online retail store services",
        "restaurant services; café services; hotel services",
        "FLOW CONTROL VALVES, PRESSURE REDUCING VALVES, PRESSURE RELIEF VALVES, CHECK VALVES, VALVES FOR USE WITH WATER HEATERS",
        "jewelry",
        "Transportation and delivery services using autonomous vehicles; freight brokerage services; freight transportation by land vehicles",
        "cà phê rang xay; cà phê hòa tan; chè; bánh quy",
        "Mua bán: giường, tủ, bàn, ghế, đồ dùng nội thất; mua bán máy móc, thiết bị và phụ tùng máy văn phòng",
        "Dịch vụ nhà hàng ăn uống; nhà nghỉ; khách sạn",
        "Cửa nhựa UPVC; cửa gỗ; đồ gỗ làm ván sàn; ống nhựa cứng các loại và phụ tùng nối của chúng; keo xây dựng",
        "Sơn; vecni; nhựa tự nhiên dạng thô",
        "Cáp điện; dây điện; rơle điện; bộ đóng mạch điện; bộ tích điện; máy đo khoảng cách, diện tích, thể tích",
        "ca phe rang xay",
        "Kinh doanh siêu thị, cụ thể là: mua bán quần áo, quà lưu niệm, hàng thực phẩm, hàng tiêu dùng",
    ];

    private ClassSuggester _suggester = null!;

    [GlobalSetup]
    public void Setup()
    {
        _suggester = ClassSuggester.Default;
        foreach (var t in Texts) _suggester.Suggest(t);
    }

    [Benchmark(OperationsPerInvoke = 16)]
    public int ClassifyGoods()
    {
        var n = 0;
        foreach (var t in Texts) n += _suggester.Suggest(t, 3).Count;
        return n;
    }
}
