using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using SearchEngine.Text.Analysis;

namespace SearchEngine.Benchmarks;

/// <summary>
/// Throughput of the Vietnamese full-text analyzer against Lucene's StandardAnalyzer on the same Vietnamese
/// patent titles and abstracts, in the same run. Reads <c>/work/shared/data/vn-patents-wipopublish.jsonl</c> (or
/// <c>SEARCHENGINE_VI_ABSTRACTS</c>) when present, else a sample written for this benchmark.
/// Run: <c>dotnet run -c Release --project benchmarks/SearchEngine.Benchmarks -- --filter '*TextAnalyzer*'</c>.
/// </summary>
[Config(typeof(TextBenchmarkConfig))]
public class TextAnalyzerBenchmarks
{
    private Analyzer _fullText = null!;
    private Analyzer _fullTextAccented = null!;
    private Analyzer _standard = null!;

    public static string Text { get; } = LoadText(out _);

    public static int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Text);

    [GlobalSetup]
    public void Setup()
    {
        _fullText = new VietnameseFullTextAnalyzer();
        _fullTextAccented = new VietnameseFullTextAnalyzer(keepAccents: true);
        _standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
        LoadText(out var source);
        Console.WriteLine($"// text: {Utf8Bytes} UTF-8 bytes from {source}");
    }

    [Benchmark(Baseline = true)]
    public int StandardAnalyzer() => Count(_standard);

    [Benchmark]
    public int VietnameseFullText() => Count(_fullText);

    [Benchmark]
    public int VietnameseFullTextAccented() => Count(_fullTextAccented);

    private static int Count(Analyzer analyzer)
    {
        var n = 0;
        using var stream = analyzer.GetTokenStream("abstract", Text);
        stream.Reset();
        while (stream.IncrementToken()) n++;
        stream.End();
        return n;
    }

    private static string LoadText(out string source)
    {
        var path = Environment.GetEnvironmentVariable("SEARCHENGINE_VI_ABSTRACTS") ?? "/work/shared/data/vn-patents-wipopublish.jsonl";
        if (File.Exists(path))
        {
            var sb = new StringBuilder();
            foreach (var line in File.ReadLines(path))
            {
                if (line.Trim().Length == 0) continue;
                using var doc = JsonDocument.Parse(line);
                foreach (var field in new[] { "title", "abstract" })
                {
                    if (doc.RootElement.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String) sb.Append(v.GetString()).Append('\n');
                }
            }

            source = path;
            return sb.ToString();
        }

        source = "the built-in sample (repeated 40 times)";
        return string.Concat(Enumerable.Repeat(Sample, 40));
    }

    // Written for this benchmark in the style of Vietnamese patent abstracts (no third-party text).
    private const string Sample = """
        PHƯƠNG PHÁP VÀ THIẾT BỊ XỬ LÝ TÍN HIỆU ÂM THANH
        Sáng chế đề cập đến phương pháp xử lý tín hiệu âm thanh, bao gồm các bước: thu nhận tín hiệu đầu vào từ ít nhất một micrô; xác định các thành phần tần số của tín hiệu này; và loại bỏ nhiễu bằng bộ lọc thích nghi. Thiết bị theo sáng chế bao gồm bộ xử lý và bộ nhớ lưu trữ các lệnh để thực hiện phương pháp nêu trên.
        HỢP CHẤT DỊ VÒNG VÀ DƯỢC PHẨM CHỨA HỢP CHẤT NÀY
        Sáng chế đề xuất hợp chất có công thức (I) hoặc muối dược dụng của nó, dược phẩm chứa hợp chất này, và việc sử dụng hợp chất để điều trị bệnh ung thư. Hợp chất theo sáng chế ức chế hoạt tính của enzym kinaza với nồng độ thấp.
        Hệ thống quản lý năng lượng cho toà nhà, trong đó bộ điều khiển trung tâm thu thập dữ liệu từ các cảm biến nhiệt độ và độ ẩm, dự báo nhu cầu sử dụng điện, và điều chỉnh hoạt động của thiết bị điều hoà không khí nhằm tiết kiệm năng lượng.
        """;
}

/// <summary>Short runs (this machine has two shared cores) plus a throughput column.</summary>
public sealed class TextBenchmarkConfig : ManualConfig
{
    public TextBenchmarkConfig()
    {
        AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5).WithLaunchCount(1));
        AddColumn(new TextThroughputColumn());
    }
}

/// <summary>MB/s of UTF-8 text analysed, from the mean time of one call over <see cref="TextAnalyzerBenchmarks.Text"/>.</summary>
public sealed class TextThroughputColumn : IColumn
{
    public string Id => "Throughput";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "UTF-8 megabytes analysed per second (one thread)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats) return "-";
        var seconds = stats.Mean / 1e9;
        return (TextAnalyzerBenchmarks.Utf8Bytes / seconds / 1e6).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
