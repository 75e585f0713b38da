using System.IO.Compression;
using System.Text;

namespace SearchEngine.Tests.Reliability;

/// <summary>Input files stop at their limits as they are read, before a reader holds a huge line.</summary>
public class InputLimitTests
{
    private static string Read(byte[] bytes, InputLimits limits)
    {
        using var reader = new StreamReader(TextFiles.Bounded(new MemoryStream(bytes), limits), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Lines_within_the_limit_pass_unchanged()
    {
        var text = string.Join('\n', Enumerable.Range(0, 5_000).Select(i => $"{{\"id\": \"{i}\", \"mark\": \"Rồng {i}\"}}"));
        Assert.Equal(text, Read(Encoding.UTF8.GetBytes(text), new InputLimits(null, 100)));
    }

    [Fact]
    public void A_line_past_the_limit_is_refused_as_a_line()
    {
        var bytes = Encoding.UTF8.GetBytes("short\n" + new string('x', 300_000) + "\nshort\n");
        var e = Assert.Throws<InputLimitException>(() => Read(bytes, new InputLimits(null, 100_000)));
        Assert.False(e.TooLarge);
        Assert.Contains("a line is longer than", e.Message);
    }

    [Fact]
    public void A_gzip_that_unpacks_past_the_total_is_refused_as_too_large()
    {
        var path = Path.Combine(Path.GetTempPath(), "se-bomb-" + Guid.NewGuid().ToString("N") + ".gz");
        try
        {
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize))
            {
                var line = Encoding.ASCII.GetBytes(new string('a', 999) + "\n");
                for (var i = 0; i < 20_000; i++) gz.Write(line); // 20 MB unpacked, a few kB packed
            }

            using var reader = TextFiles.Open(path, new InputLimits(1_000_000, 10_000));
            var e = Assert.Throws<InputLimitException>(() => reader.ReadToEnd());
            Assert.True(e.TooLarge);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
