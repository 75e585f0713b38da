namespace SearchEngine.Text;

/// <summary>
/// Word-span precision, recall and F1 of a segmentation against gold, accumulated over sentences. A word is
/// the span of characters it covers once spaces and '_' are removed, so tokenisation differences count as
/// errors instead of misaligning the rest of the sentence.
/// </summary>
public sealed class SegmentationScore
{
    public int Sentences { get; private set; }

    public int GoldWords { get; private set; }

    public int PredictedWords { get; private set; }

    public int CorrectWords { get; private set; }

    public double Precision => PredictedWords == 0 ? 0 : (double)CorrectWords / PredictedWords;

    public double Recall => GoldWords == 0 ? 0 : (double)CorrectWords / GoldWords;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds one sentence: both sides in the treebank convention (spaces between words, '_' inside).</summary>
    public void Add(string gold, string predicted)
    {
        var goldSpans = Spans(gold);
        var predictedSpans = Spans(predicted);
        Sentences++;
        GoldWords += goldSpans.Count;
        PredictedWords += predictedSpans.Count;
        goldSpans.IntersectWith(predictedSpans);
        CorrectWords += goldSpans.Count;
    }

    private static HashSet<(int Start, int End)> Spans(string segmented)
    {
        var spans = new HashSet<(int, int)>();
        var offset = 0;
        foreach (var word in segmented.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var length = word.Count(c => c != '_');
            spans.Add((offset, offset + length));
            offset += length;
        }

        return spans;
    }
}
