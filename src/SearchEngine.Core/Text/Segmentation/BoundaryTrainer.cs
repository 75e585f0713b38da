namespace SearchEngine.Text.Segmentation;

/// <summary>
/// Learns a <see cref="BoundaryModel"/> from gold-segmented sentences with an averaged perceptron: for every gap,
/// predict join/split from its features and, when wrong, move the weights toward the right answer; the
/// average of the weights over all steps generalises better than the last ones.
/// </summary>
public static class BoundaryTrainer
{
    /// <summary>Folds for the lexicon: each sentence sees only the compounds of the other folds' sentences.</summary>
    private const int LexiconFolds = 5;

    public static BoundaryModel Train(IEnumerable<string> goldSentences, VietnameseDictionary dictionary, int epochs = 10, int seed = 17)
    {
        var size = 1 << BoundaryModel.Bits;
        var mask = size - 1;
        var golds = goldSentences.Select(l => new GoldSentence(l)).ToList();

        // The model also learns how far to trust the compounds of its training sentences (the lexicon). Were a
        // sentence's own compounds in the lexicon its features would always be right and the model would trust
        // the lexicon blindly; so, as in jackknifing, each fold sees the lexicon of the other folds only.
        var foldOf = (int i) => (int)((long)i * LexiconFolds / Math.Max(1, golds.Count));
        var foldLexicons = Enumerable.Range(0, LexiconFolds)
            .Select(f => new VietnameseDictionary(golds.Where((_, i) => foldOf(i) != f).SelectMany(g => g.Compounds)))
            .ToArray();
        var lexiconWords = golds.SelectMany(g => g.Compounds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        var examples = new List<(int[] Features, bool Join)>();
        Span<int> buffer = stackalloc int[BoundaryFeatures.Capacity];
        var cache = new SyllableInfoCache(dictionary);
        var text = new SegmentedText(); // the segmenter's own path to runs, so training sees what segmenting sees
        for (var s = 0; s < golds.Count; s++)
        {
            var gold = golds[s];
            var lexicon = foldLexicons[foldOf(s)];
            text.Load(gold.Text.AsMemory());
            for (var i = 0; TokenRuns.Next(text.Tokens, text.Text.Span, i, out var start, out var end, out var atStart); i = end)
            {
                if (end - start < 2) continue;
                var run = text.LoadRun(start, end, atStart, cache, dictionary, lexicon);
                var dict = text.Dictionary;
                var lex = text.Lexicon;
                dict.Fill(run, run.WordLengths);
                lex.Fill(run, run.LexiconWordLengths);
                for (var k = 0; k < run.Count - 1; k++)
                {
                    var n = BoundaryFeatures.Extract(run, dict, lex, k, k > 0 && gold.Joins(start + k - 1), buffer, mask);
                    examples.Add((buffer[..n].ToArray(), gold.Joins(start + k)));
                }
            }
        }

        var w = new float[size];
        var u = new double[size]; // sum of step * update, for the running average
        var step = 1d;
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (features, join) = examples[e];
                var score = 0f;
                foreach (var f in features) score += w[f];
                var y = join ? 1f : -1f;
                if (score * y <= 0)
                {
                    foreach (var f in features)
                    {
                        w[f] += y;
                        u[f] += step * y;
                    }
                }

                step++;
            }
        }

        for (var i = 0; i < size; i++) w[i] = (float)(w[i] - (u[i] / step));
        return new BoundaryModel(w, lexiconWords);
    }
}
