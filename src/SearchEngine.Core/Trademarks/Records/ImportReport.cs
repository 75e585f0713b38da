namespace SearchEngine.Trademarks;

/// <summary>What an import did: how many records went in, and every skipped line with its reason.</summary>
public sealed class ImportReport
{
    /// <summary>Skipped lines kept in full; beyond this only counted, so a garbage file cannot exhaust memory.</summary>
    public const int MaxListedProblems = 1000;

    private readonly List<ImportLine> _skipped = [];

    public long Imported { get; private set; }

    public long Skipped { get; private set; }

    /// <summary>The first <see cref="MaxListedProblems"/> skipped lines, with line number and reason.</summary>
    public IReadOnlyList<ImportLine> Problems => _skipped;

    internal void CountImported() => Imported++;

    internal void CountSkipped(ImportLine line)
    {
        Skipped++;
        if (_skipped.Count < MaxListedProblems) _skipped.Add(line);
    }

    public override string ToString() => $"imported {Imported:N0}, skipped {Skipped:N0}";
}

