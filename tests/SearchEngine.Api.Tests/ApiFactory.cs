using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SearchEngine.Api.Tests;

/// <summary>
/// The real host over a fresh temporary index root, deleted afterwards. Settings are passed as host
/// settings so the code at the top of Program sees them.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ApiFactory() : this(null) { }

    protected ApiFactory(Dictionary<string, string?>? settings)
    {
        IndexRoot = Path.Combine(Path.GetTempPath(), "se-api-tests-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["SearchEngine:IndexRoot"] = IndexRoot,
            ["SearchEngine:RateLimit:Enabled"] = "false",
        };
        foreach (var (k, v) in settings ?? []) _settings[k] = v;
    }

    public string IndexRoot { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production"); // as shipped: no developer pages
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
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
