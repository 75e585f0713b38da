namespace SearchEngine.Patents.Import;

/// <summary>A record that could not be imported: where it is and why. The rest of its file still imports.</summary>
public sealed record ImportProblem(string File, string Position, string Message)
{
    public override string ToString() => $"{File}: {Position}: {Message}";
}

/// <summary>What one import run did, per format: records added, records rejected (with reasons), documents skipped.</summary>
public sealed class ImportReport
{
    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<PatentSourceFormat, int> _imported = [];

    public int Imported => _imported.Values.Sum();
    public int Failed => _problems.Count;
    /// <summary>Well-formed documents that are not patent records (e.g. USPTO sequence listings between grants).</summary>
    public int Skipped { get; private set; }
    public int Files { get; private set; }
    public IReadOnlyList<ImportProblem> Problems => _problems;
    public IReadOnlyDictionary<PatentSourceFormat, int> ImportedByFormat => _imported;

    internal void CountFile() => Files++;
    internal void CountImported(PatentSourceFormat format) => _imported[format] = _imported.GetValueOrDefault(format) + 1;
    internal void CountSkipped() => Skipped++;
    internal void Add(ImportProblem problem) => _problems.Add(problem);

    /// <summary>Adds another run's counts and problems to this one.</summary>
    public void Merge(ImportReport other)
    {
        Files += other.Files;
        Skipped += other.Skipped;
        _problems.AddRange(other._problems);
        foreach (var (format, n) in other._imported) _imported[format] = _imported.GetValueOrDefault(format) + n;
    }

    public override string ToString()
    {
        var parts = _imported.OrderBy(p => p.Key).Select(p => $"{p.Value} {Describe(p.Key)}");
        return $"imported {Imported} records ({string.Join(", ", parts.DefaultIfEmpty("none"))}) from {Files} file(s); " +
               $"{Failed} bad record(s) skipped; {Skipped} non-patent document(s) skipped";
    }

    private static string Describe(PatentSourceFormat f) => f switch
    {
        PatentSourceFormat.UsptoGrantXml => "USPTO grants",
        PatentSourceFormat.WipoPublishJsonLines => "IP Viet Nam records",
        PatentSourceFormat.Generated => "generated records",
        _ => f.ToString(),
    };
}
