using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Trademarks;

namespace SearchEngine.Api.Tests;

/// <summary>
/// The real host over a fresh temporary index root (deleted afterwards), seeded with the small fixtures
/// unless a subclass says otherwise. Settings are passed as host settings so the code at the top of
/// Program sees them.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public const int FixtureTrademarks = 15;
    public const int FixturePatents = 4; // 3 IP Viet Nam records + 1 USPTO grant

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _seed;

    public ApiFactory() : this(null) { }

    protected ApiFactory(Dictionary<string, string?>? settings, bool seed = true)
    {
        _seed = seed;
        IndexRoot = Path.Combine(Path.GetTempPath(), "se-api-tests-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["SearchEngine:IndexRoot"] = IndexRoot,
            ["SearchEngine:BuildSampleIndexWhenEmpty"] = "false",
            ["SearchEngine:RateLimit:Enabled"] = "false",
            // Most tests pin the fused score; DefaultModelTests turns this on.
            ["SearchEngine:InstallDefaultModel"] = "false",
        };
        foreach (var (k, v) in settings ?? []) _settings[k] = v;
    }

    public string IndexRoot { get; }

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "api", name);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production"); // as shipped: no developer pages
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (_seed) Seed(new IndexLayout(IndexRoot));
        return base.CreateHost(builder);
    }

    // Through the core facades, before the server opens the index (it holds the write lock afterwards).
    private static void Seed(IndexLayout layout)
    {
        using (var register = TrademarkRegister.Open(layout, writable: true))
        {
            register.ImportFile(Fixture("trademarks.jsonl"));
        }

        using var library = PatentLibrary.Open(layout, writable: true);
        library.Import([Fixture("patents-vn.jsonl"), Fixture("uspto-grant.xml")]);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(IndexRoot))
        {
            try { Directory.Delete(IndexRoot, recursive: true); } catch (IOException) { } // best effort: a temp folder
        }
    }
}
