using SearchEngine.Patents;

namespace SearchEngine.Tests.Patents;

/// <summary>One index of the fixture documents (7 US grants, 7 VN records), built once per test class.</summary>
public sealed class PatentTestIndex : IDisposable
{
    public static string FixtureDir => Path.Combine(AppContext.BaseDirectory, "Fixtures", "patents");

    public PatentTestIndex()
    {
        Folder = Path.Combine(Path.GetTempPath(), "se-patents-" + Guid.NewGuid().ToString("N"));
        Library = PatentLibrary.Open(Folder, writable: true);
        Report = Library.Import([FixtureDir]);
    }

    public string Folder { get; }
    public PatentLibrary Library { get; }
    public SearchEngine.Patents.Import.ImportReport Report { get; }

    public List<string> Numbers(string query, int size = 20) =>
        Library.Search(new PatentQuery(query) { PageSize = size }).Hits.Select(h => h.Number).ToList();

    public void Dispose()
    {
        Library.Dispose();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }

    internal static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "se-patents-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }
}
