using SearchEngine.Indexing;
using SearchEngine.Trademarks;

namespace SearchEngine.Tests.Trademarks;

/// <summary>A temporary index holding the 20-mark fixture register, shared by a test class.</summary>
public sealed class SmallRegister : IDisposable
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "trademarks", name);

    public SmallRegister()
    {
        Root = Path.Combine(Path.GetTempPath(), "se-tm-" + Guid.NewGuid().ToString("N"));
        Layout = new IndexLayout(Root);
        Register = TrademarkRegister.Open(Layout, writable: true);
        Report = Register.ImportFile(Fixture("register-small.jsonl"));
    }

    public string Root { get; }

    public IndexLayout Layout { get; }

    public TrademarkRegister Register { get; }

    public ImportReport Report { get; }

    public IReadOnlyList<ConflictHit> Search(string mark, Func<ConflictQuery, ConflictQuery>? adjust = null)
    {
        var q = new ConflictQuery { Mark = mark, Statuses = MarkStatuses.All };
        return Register.Search(adjust is null ? q : adjust(q)).Hits;
    }

    public void Dispose()
    {
        Register.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }
}
