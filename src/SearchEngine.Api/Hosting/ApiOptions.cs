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

    /// <summary>Bytes an upload may unpack to (a gzip of a megabyte can hold a gigabyte); more gets 413.</summary>
    public long MaxExpandedUploadBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Bytes of one line of an upload; a longer one gets 400 (no record is that long).</summary>
    public int MaxUploadLineBytes { get; set; } = 8 * 1024 * 1024;

    public RateLimitOptions RateLimit { get; set; } = new();

    public SearchLimitOptions Searches { get; set; } = new();
}

/// <summary>
/// Time and concurrency granted to searches. A search past its budget stops (its collectors check the
/// budget) and gets 503 with Retry-After; so does one that cannot get a slot within the ordinary budget. Heavy
/// searches (three or more NEAR/ADJ and wildcards, long queries, like-this text) share a smaller pool and a shorter budget,
/// so a few of them cannot take every core from the short searches examiners type all day.
/// </summary>
public sealed class SearchLimitOptions
{
    public double TimeoutSeconds { get; set; } = 5;
    public double HeavyTimeoutSeconds { get; set; } = 2;
    /// <summary>Searches running at once; 0 means eight per core.</summary>
    public int MaxConcurrent { get; set; }
    /// <summary>Heavy searches running at once; 0 means half the cores (at least one).</summary>
    public int MaxConcurrentHeavy { get; set; }
}

/// <summary>A token bucket per client address: bursts up to <see cref="Burst"/>, then <see cref="PerSecond"/> requests a second.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;
    public int Burst { get; set; } = 60;
    public int PerSecond { get; set; } = 20;
    /// <summary>Feedback judgements one client may send a minute (each is appended to the training log).</summary>
    public int FeedbackPerMinute { get; set; } = 60;
}
