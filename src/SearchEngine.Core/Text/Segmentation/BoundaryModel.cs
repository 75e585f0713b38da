using System.IO.Compression;

namespace SearchEngine.Text.Segmentation;

/// <summary>
/// A linear model over <see cref="BoundaryFeatures"/> that says, for each gap between two syllables, whether
/// they belong to one word (score &gt; 0). Trained by <see cref="BoundaryTrainer"/> (averaged perceptron);
/// stored as the non-zero weights, gzip-compressed.
/// </summary>
public sealed class BoundaryModel
{
    internal const int Bits = 16;
    private const int Magic = 0x53454732; // "SEG2"

    internal BoundaryModel(float[] weights, IReadOnlyList<string> lexiconWords)
    {
        Weights = weights;
        LexiconWords = lexiconWords;
        Lexicon = new VietnameseDictionary(lexiconWords);
    }

    /// <summary>The compounds seen in the training sentences (syllables joined by spaces), a second word list.</summary>
    public IReadOnlyList<string> LexiconWords { get; }

    internal VietnameseDictionary Lexicon { get; }

    internal float[] Weights { get; }

    internal int Mask => Weights.Length - 1;

    public int NonZeroWeights => Weights.Count(w => w != 0);

    internal float Score(ReadOnlySpan<int> features)
    {
        var s = 0f;
        foreach (var f in features) s += Weights[f];
        return s;
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip);
        w.Write(Magic);
        w.Write(Bits);
        var nonZero = Enumerable.Range(0, Weights.Length).Where(i => Weights[i] != 0).ToList();
        w.Write(nonZero.Count);
        var previous = 0;
        foreach (var i in nonZero)
        {
            w.Write7BitEncodedInt(i - previous); // delta-coded indices compress far better
            previous = i;
            w.Write((Half)Weights[i]);
        }

        w.Write(LexiconWords.Count);
        foreach (var word in LexiconWords) w.Write(word);
    }

    public static BoundaryModel Load(Stream stream)
    {
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(gzip);
            if (r.ReadInt32() != Magic) throw new SearchEngineException("not a segmenter model file");
            var bits = r.ReadInt32();
            if (bits != Bits) throw new SearchEngineException($"segmenter model has {bits}-bit features, expected {Bits}");
            var weights = new float[1 << bits];
            var count = r.ReadInt32();
            var index = 0;
            for (var k = 0; k < count; k++)
            {
                index += r.Read7BitEncodedInt();
                if ((uint)index >= (uint)weights.Length) throw new SearchEngineException("segmenter model is corrupt");
                weights[index] = (float)r.ReadHalf();
            }

            var lexicon = new string[r.ReadInt32()];
            for (var k = 0; k < lexicon.Length; k++) lexicon[k] = r.ReadString();
            return new BoundaryModel(weights, lexicon);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new SearchEngineException($"segmenter model cannot be read: {e.Message}");
        }
    }
}
