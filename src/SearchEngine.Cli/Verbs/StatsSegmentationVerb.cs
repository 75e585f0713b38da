using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SearchEngine.Text;

namespace SearchEngine.Cli.Verbs;

/// <summary>
/// <c>searchengine stats segmentation --patents FILE</c>: segments the titles and abstracts of a JSON Lines patent
/// file and prints token, word and compound counts and the unknown-syllable rate (syllables the dictionary
/// does not know), plus the commonest compounds.
/// </summary>
public sealed class StatsSegmentationVerb : IVerb
{
    public string Name => "stats segmentation";

    public string Usage => "stats segmentation --patents FILE [--top 15]   segmentation statistics over patent titles and abstracts (JSON Lines)";

    public IReadOnlyCollection<string> ValueOptions => ["patents", "top"];

    public int Run(Arguments args, Console console)
    {
        var path = args.Require("patents");
        var top = args.GetInt("top", 15, 0, 1000);
        args.RejectUnknown();
        if (!File.Exists(path)) throw new SearchEngineException($"patent file '{path}' not found");

        var segmenter = WordSegmenter.Default;
        var dictionary = segmenter.Dictionary;
        long documents = 0, texts = 0, chars = 0, tokens = 0, syllables = 0, unknown = 0, punctuation = 0, numbers = 0, words = 0, compounds = 0, compoundSyllables = 0;
        var compoundCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            documents++;
            foreach (var text in TitleAndAbstract(line, path, lineNumber))
            {
                texts++;
                chars += text.Length;
                foreach (var word in segmenter.Segment(text))
                {
                    tokens += word.Tokens.Count;
                    if (word.Kind == TokenKind.Punctuation) { punctuation++; continue; }
                    if (word.Kind == TokenKind.Number) { numbers++; continue; }
                    words++;
                    foreach (var t in word.Tokens)
                    {
                        syllables++;
                        if (!dictionary.IsKnownSyllable(TextNormalizer.Normalize(t.Text))) unknown++;
                    }

                    if (!word.IsCompound) continue;
                    compounds++;
                    compoundSyllables += word.Tokens.Count;
                    var key = string.Join(' ', word.Tokens.Select(t => TextNormalizer.Normalize(t.Text)));
                    compoundCounts[key] = compoundCounts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var w = console.Out;
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents={documents} texts(title+abstract)={texts} characters={chars} seconds={seconds:F2}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tokens={tokens} syllables={syllables} numbers={numbers} punctuation={punctuation}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"words={words} compounds={compounds} ({Ratio(compounds, words):P1} of words, {Ratio(compoundSyllables, syllables):P1} of syllables) distinct_compounds={compoundCounts.Count}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unknown_syllables={unknown} unknown_syllable_rate={Ratio(unknown, syllables):P2}"));
        if (top > 0)
        {
            w.WriteLine("commonest compounds: " + string.Join(", ",
                compoundCounts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(top).Select(kv => $"{kv.Key.Replace(' ', '_')} {kv.Value}")));
        }

        return 0;
    }

    private static double Ratio(long a, long b) => b == 0 ? 0 : (double)a / b;

    private static IEnumerable<string> TitleAndAbstract(string line, string path, int lineNumber)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new SearchEngineException($"{path}:{lineNumber}: not a JSON object ({e.Message})");
        }

        using (doc)
        {
            var result = new List<string>(2);
            foreach (var field in new[] { "title", "abstract" })
            {
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(field, out var value) &&
                    value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s)
                {
                    result.Add(s);
                }
            }

            return result;
        }
    }
}
