using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SearchEngine.Phonetics;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Keys per second of the two phonetic encoders. Each invocation encodes the whole word list, so the
/// reported mean divided by <see cref="Words"/> is the time per key set (OperationsPerInvoke does that).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class PhoneticBenchmarks
{
    // In-process: on this shared 2-core machine the generated-project build alone can time out.
    private sealed class InProcessShortConfig : ManualConfig
    {
        public InProcessShortConfig() =>
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8));
    }

    private const int Words = 1000;

    // Mixed mark vocabulary: accented, unaccented and decomposed Vietnamese, and brand-like foreign words.
    private static readonly string[] VietnameseSample =
    [
        "Giàu", "Sang", "Hương", "Lan", "nghiêng", "Nguyễn", "quốc", "hoàng", "khuya", "thuở", "người", "rượu",
        "tiếp", "ngon", "Phát", "Đạt", "Thành", "Công", "Việt", "Nam", "cà", "phê", "Trung", "Nguyên",
        "nam", "long", "duong", "thanh", "minh", "Nguye\u0302\u0303n", "Vi\u1EC7t", "khỏe", "uyên", "giếng",
    ];

    private static readonly string[] ForeignSample =
    [
        "Pharmacity", "Schmidt", "Thompson", "Caesar", "Michael", "Knight", "Wasserman", "Czerny", "Filipowicz",
        "Biaggi", "Cabrillo", "Chemistry", "Laugh", "Bough", "Accident", "Dumb", "Xavier", "Samsung", "Google",
        "Vinamilk", "Heineken", "Coca-Cola", "Starbucks", "Highlands", "Unilever", "Panasonic", "Toyota",
    ];

    private string[] _vietnamese = [];
    private string[] _foreign = [];

    [GlobalSetup]
    public void Setup()
    {
        _vietnamese = Enumerable.Range(0, Words).Select(i => VietnameseSample[i % VietnameseSample.Length]).ToArray();
        _foreign = Enumerable.Range(0, Words).Select(i => ForeignSample[i % ForeignSample.Length]).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Words)]
    public int VietnameseKeys()
    {
        var n = 0;
        foreach (var w in _vietnamese) n += PhoneticEncoder.VietnameseKeys(w).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Words)]
    public int VietnameseReadingKeys()
    {
        var n = 0;
        foreach (var w in _vietnamese) n += PhoneticEncoder.VietnameseReadingKeys(w).Count;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Words)]
    public int DoubleMetaphoneCodes()
    {
        var n = 0;
        foreach (var w in _foreign) n += PhoneticEncoder.MetaphoneCodes(w).Count;
        return n;
    }
}
