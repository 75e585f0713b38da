using SearchEngine.Phonetics;

namespace SearchEngine.Tests.Phonetics;

/// <summary>
/// Regression check of the keys against a second, independently written implementation of the same
/// dialect phonology (Fixtures/Phonetics/reference_ipa.py) over 6,482 syllables. It guards the encoder
/// against slips; it does not stand for the held-out evaluation.
/// </summary>
public class PhoneticSelfCheckTests
{
    private static readonly Lazy<List<(string Syllable, IReadOnlyList<string> Transcriptions)>> Reference = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Phonetics", "reference-ipa.tsv.gz");
        using var reader = TextFiles.Open(path);
        return ReferenceIpa.Read(reader, 100_000, s => s);
    });

    [Fact]
    public void Keys_agree_with_the_reference_transcription_pair_for_pair()
    {
        var missed = new List<(string, string)>();
        var extra = new List<(string, string)>();
        var result = PairAgreement.Measure(Reference.Value, PhoneticEncoder.VietnameseKeys, missed, extra);
        Assert.True(result.Syllables > 6000);
        Assert.True(result.Recall >= 0.995, $"recall {result.Recall:F4}, missed e.g. {string.Join(", ", missed.Take(10))}");
        Assert.True(result.Precision >= 0.995, $"precision {result.Precision:F4}, extra e.g. {string.Join(", ", extra.Take(10))}");
    }

    [Fact]
    public void The_check_can_fail_an_accent_stripping_key()
    {
        // Folding every mark merges a/ă/â and misses every dialect merger: the check must catch that.
        static IReadOnlyList<string> Naive(string syllable) =>
            [new string(syllable.Select(c => SearchEngine.Text.VietnameseLetters.TryDecompose(c, out var t, out _, out _) ? SearchEngine.Text.VietnameseLetters.FoldToAscii(t) : c).ToArray())];
        var result = PairAgreement.Measure(Reference.Value, Naive);
        Assert.True(result.Recall < 0.8, $"recall {result.Recall:F4}");
        Assert.True(result.Precision < 0.8, $"precision {result.Precision:F4}");
    }

    [Fact]
    public void Measure_counts_pairs_exactly()
    {
        var reference = new List<(string, IReadOnlyList<string>)>
        {
            ("a", ["x", "p"]), ("b", ["x", "q"]), ("c", ["y", "q"]), ("d", ["z", "r"]),
        };
        // Alike pairs: a~b (dialect 1), b~c (dialect 2). Keys pair a~b and c~d.
        var keys = new Dictionary<string, string[]> { ["a"] = ["k1"], ["b"] = ["k1"], ["c"] = ["k2"], ["d"] = ["k2"] };
        var result = PairAgreement.Measure(reference, s => keys[s]);
        Assert.Equal(2, result.ReferencePairs);
        Assert.Equal(2, result.KeyPairs);
        Assert.Equal(1, result.SharedPairs);
        Assert.Equal(0.5, result.Recall);
        Assert.Equal(0.5, result.Precision);
    }
}
