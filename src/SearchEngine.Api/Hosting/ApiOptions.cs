using SearchEngine.Indexing;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// The host's settings, bound from the "SearchEngine" configuration section (appsettings.json,
/// environment variables such as <c>SearchEngine__AdminApiKey</c>, or <c>--SearchEngine:IndexRoot=...</c>).
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "SearchEngine";

    /// <summary>Index root; a relative path is taken from the repository root (or the content root outside a clone).</summary>
    public string IndexRoot { get; set; } = IndexLayout.DefaultRoot;

    /// <summary>Builds the index from the bundled samples when the index root holds no index yet.</summary>
    public bool BuildSampleIndexWhenEmpty { get; set; } = true;

    /// <summary>
    /// Installs the shipped trademark reranker (or trains one from the shipped queries when the feature set
    /// has moved on) when models/ holds no usable one; runs in the background after start.
    /// </summary>
    public bool InstallDefaultModel { get; set; } = true;

    /// <summary>Key expected in the <c>X-Api-Key</c> header of admin calls; none configured means the admin endpoints are off.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Largest admin upload accepted; larger ones get 413.</summary>
    public long MaxUploadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Largest body of the ordinary (JSON) endpoints; the 10,000-character text limit fits well inside.</summary>
    public long MaxJsonBodyBytes { get; set; } = 256 * 1024;

    public RateLimitOptions RateLimit { get; set; } = new();
}

/// <summary>A token bucket per client address: bursts up to <see cref="Burst"/>, then <see cref="PerSecond"/> requests a second.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;
    public int Burst { get; set; } = 60;
    public int PerSecond { get; set; } = 20;
}
