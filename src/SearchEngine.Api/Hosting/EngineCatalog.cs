using SearchEngine.Indexing;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// The engine's collections as the server holds them: opened once at start (writable, so admin imports
/// go through the same writer the searches read from) and closed when the host stops.
/// </summary>
public sealed partial class EngineCatalog(ApiOptions options, string indexRoot, ILogger<EngineCatalog> logger) : IDisposable
{
    public IndexLayout Layout { get; } = new(indexRoot);

    public ApiOptions Options { get; } = options;

    public void Open()
    {
        Directory.CreateDirectory(Layout.Root);
        LogOpened(logger, Layout.Root);
    }

    public void Dispose()
    {
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index root {Root}")]
    private static partial void LogOpened(ILogger logger, string root);
}
