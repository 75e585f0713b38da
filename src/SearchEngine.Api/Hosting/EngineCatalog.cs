using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Ranking;
using SearchEngine.Trademarks;

namespace SearchEngine.Api.Hosting;

/// <summary>A collection's reranker as loaded at start: the model, or null with the reason the fused score is used.</summary>
public sealed record ModelState(IReranker? Reranker, string Status);

/// <summary>
/// The engine's collections as the server holds them: opened once at start, writable, so admin imports
/// go through the same writer the searches read from; built from the bundled samples when the index
/// root is empty; closed when the host stops.
/// </summary>
public sealed partial class EngineCatalog(ApiOptions options, string indexRoot, ILogger<EngineCatalog> logger) : IDisposable
{
    private TrademarkRegister? _trademarks;
    private PatentLibrary? _patents;

    public IndexLayout Layout { get; } = new(indexRoot);

    public TrademarkRegister Trademarks => _trademarks ?? throw new InvalidOperationException("the catalog is not open");

    public PatentLibrary Patents => _patents ?? throw new InvalidOperationException("the catalog is not open");

    public FeedbackLog Feedback { get; } = new(new IndexLayout(indexRoot));

    public ModelState TrademarkModel { get; private set; } = new(null, "not loaded");

    public ModelState PatentModel { get; private set; } = new(null, "not loaded");

    /// <summary>The background installation of the default trademark model, when one was started.</summary>
    public Task DefaultModelInstallation { get; private set; } = Task.CompletedTask;

    public void Open()
    {
        Directory.CreateDirectory(Layout.Root);
        var buildTrademarks = options.BuildSampleIndexWhenEmpty && !TrademarkRegister.Exists(Layout);
        var buildPatents = options.BuildSampleIndexWhenEmpty && !PatentLibrary.Exists(Layout);
        _trademarks = TrademarkRegister.Open(Layout, writable: true);
        _patents = PatentLibrary.Open(Layout, writable: true);
        if (buildTrademarks) BuildSampleTrademarks();
        if (buildPatents) BuildSamplePatents();
        LoadModels();
        LogOpened(logger, Layout.Root, _trademarks.Count, _patents.Count);
        if (options.InstallDefaultModel && TrademarkModel.Reranker is null) StartDefaultModelInstallation();
    }

    // Training from the shipped queries takes tens of seconds, so it must not hold up the first request:
    // searches use the fused score until the model is in place, and /health says which is in use.
    private void StartDefaultModelInstallation()
    {
        TrademarkModel = TrademarkModel with { Status = $"{TrademarkModel.Status}; installing the default model" };
        var register = Trademarks;
        DefaultModelInstallation = Task.Run(() =>
        {
            try
            {
                LogDefaultModel(logger, DefaultModels.EnsureTrained(Layout, register));
                LoadModels();
            }
            catch (Exception e)
            {
                // Anything at all (the host stopping under the training, models/ unwritable, a trainer error) must
                // leave the server serving with the fused score and say so in /health and the log, not fault a
                // task nobody awaits.
                TrademarkModel = new ModelState(null, $"no default model: {e.Message}");
                LogDefaultModelFailed(logger, e);
            }
        });
    }

    /// <summary>Loads (again) the rerankers saved under models/; a missing or stale model leaves the fused score in use.</summary>
    public void LoadModels()
    {
        // With the default model on, an index without a model of its own searches with the shipped one at once.
        var tm = options.InstallDefaultModel
            ? DefaultModels.TrademarkReranker(Layout, out var tmStatus)
            : RerankerStore.TryLoad(Layout.Models, "trademarks", TrademarkFeatures.Version, out tmStatus);
        var pt = RerankerStore.TryLoad(Layout.Models, "patents", PatentFeatures.Version, out var ptStatus);
        TrademarkModel = new ModelState(tm, tm is null ? tmStatus : $"using model {tm.ModelVersion}");
        PatentModel = new ModelState(pt, pt is null ? ptStatus : $"using model {pt.ModelVersion}");
    }

    private void BuildSampleTrademarks()
    {
        LogBuilding(logger, "trademarks", Layout.Trademarks);
        var report = TrademarkSample.ImportInto(Trademarks);
        Trademarks.MergeAfterBulkImport(report.Imported);
        LogBuilt(logger, "trademarks", report.ToString());
    }

    private void BuildSamplePatents()
    {
        LogBuilding(logger, "patents", Layout.Patents);
        LogBuilt(logger, "patents", PatentSample.ImportInto(Patents).ToString());
    }

    public void Dispose()
    {
        // Installing the shipped model is a file copy; a retraining cut short leaves the last good model (saves are atomic).
        DefaultModelInstallation.Wait(TimeSpan.FromSeconds(5)); // never faults: the task catches everything
        _trademarks?.Dispose();
        _patents?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index root {Root}: {Trademarks} trademarks, {Patents} patent documents")]
    private static partial void LogOpened(ILogger logger, string root, int trademarks, int patents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trademark reranker: {Status}")]
    private static partial void LogDefaultModel(ILogger logger, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trademark reranker: the default model could not be installed")]
    private static partial void LogDefaultModelFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample {Collection}: {Report}")]
    private static partial void LogBuilt(ILogger logger, string collection, string report);

    [LoggerMessage(Level = LogLevel.Information, Message = "First start: building the {Collection} index at {Folder} from the bundled sample")]
    private static partial void LogBuilding(ILogger logger, string collection, string folder);
}
