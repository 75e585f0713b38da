using System.Text.RegularExpressions;
using SearchEngine.Patents.Import;

namespace SearchEngine.Patents.Evaluation;

/// <summary>
/// A benchmark corpus of any size made by recombining real paragraphs: each synthetic document takes a
/// real document's language, IPC and applicants, its title plus words of another title, and sentences,
/// claims and description paragraphs drawn from the real documents of that language. Deterministic for a
/// seed. Text statistics (vocabulary, lengths, language mix) stay those of the source corpus.
/// </summary>
public sealed partial class SyntheticCorpus
{
    private readonly List<PatentRecord> _sources;
    private readonly Dictionary<string, Pool> _pools = [];

    private sealed class Pool
    {
        public List<PatentRecord> Records { get; } = [];
        public List<string> Sentences { get; } = [];
        public List<string> Claims { get; } = [];
        public List<string> Paragraphs { get; } = [];
        public List<string[]> TitleWords { get; } = [];
    }

    public SyntheticCorpus(IEnumerable<PatentRecord> sources)
    {
        _sources = sources.ToList();
        if (_sources.Count == 0) throw new SearchEngineException("no source documents to recombine");
        foreach (var r in _sources)
        {
            if (!_pools.TryGetValue(r.Language, out var pool)) _pools[r.Language] = pool = new Pool();
            pool.Records.Add(r);
            pool.Sentences.AddRange(SentenceBreak().Split(r.Abstract).Select(s => s.Trim()).Where(s => s.Length > 20));
            pool.Claims.AddRange(r.Claims.Split('\n').Where(c => c.Length > 20 && c.Length < 1500));
            pool.Paragraphs.AddRange(r.Description.Split('\n').Where(p => p.Length > 80 && p.Length < 2000));
            pool.TitleWords.Add(r.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>Reads the source documents from patent files (any supported format).</summary>
    public static SyntheticCorpus FromFiles(IEnumerable<string> paths)
    {
        var records = new List<PatentRecord>();
        foreach (var path in paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
        {
            using var stream = File.OpenRead(path);
            records.AddRange(PatentSourceReader.Read(stream, path).Select(i => i.Record).OfType<PatentRecord>());
        }

        return new SyntheticCorpus(records);
    }

    public int SourceCount => _sources.Count;

    public IEnumerable<PatentRecord> Generate(int count, int seed = 1)
    {
        var rng = new Random(seed);
        var start = new DateOnly(2000, 1, 1).DayNumber;
        var span = new DateOnly(2024, 12, 31).DayNumber - start;
        for (var i = 0; i < count; i++)
        {
            var basis = _sources[rng.Next(_sources.Count)];
            var pool = _pools[basis.Language];
            var other = pool.TitleWords[rng.Next(pool.TitleWords.Count)];
            var extra = other.Skip(rng.Next(Math.Max(1, other.Length - 2))).Take(1 + rng.Next(3));
            var date = DateOnly.FromDayNumber(start + rng.Next(span));
            yield return basis with
            {
                Number = $"SYN-{i + 1:D7}",
                ApplicationNumber = $"SYN-{i + 1:D7}",
                PublicationNumber = null,
                Title = string.Join(' ', basis.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Concat(extra)),
                Abstract = Pick(rng, pool.Sentences, 3 + rng.Next(3), " "),
                Claims = Pick(rng, pool.Claims, pool.Claims.Count == 0 ? 0 : 2 + rng.Next(3), "\n"),
                Description = Pick(rng, pool.Paragraphs, pool.Paragraphs.Count == 0 ? 0 : 3 + rng.Next(4), "\n"),
                FilingDate = date.AddDays(-rng.Next(400, 1500)),
                PublicationDate = date,
                GrantDate = basis.GrantDate is null ? null : date,
                Citations = [],
            };
        }
    }

    private static string Pick(Random rng, List<string> pool, int n, string separator) =>
        pool.Count == 0 || n == 0 ? "" : string.Join(separator, Enumerable.Range(0, n).Select(_ => pool[rng.Next(pool.Count)]));

    [GeneratedRegex(@"(?<=[.;])\s+")]
    private static partial Regex SentenceBreak();
}
