using SearchEngine.Api.Errors;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Ranking;
using SearchEngine.Trademarks.Indexing;
using SearchEngine.Trademarks.Scoring;
using SearchEngine.Trademarks;

namespace SearchEngine.Api.Hosting;

/// <summary>A collection's reranker as loaded at start: the model, or null with the reason the fused score is used.</summary>
public sealed record ModelState(IReranker? Reranker, string Status);

/// <summary>Why a collection is not served, and what an operator runs to fix it (no server paths: clients see it).</summary>
public sealed record CollectionRefusal(string Problem, string Remedy);

/// <summary>
/// The engine's collections as the server holds them: opened once at start, writable, so admin imports
/// go through the same writer the searches read from; built from the bundled samples only when the
/// collection's folder holds no index file at all; closed when the host stops. A collection whose index is
/// damaged, has lost its commit or cannot be written is refused (503 with the reason), never replaced;
/// the other one is still served.
/// </summary>
public sealed partial class EngineCatalog(ApiOptions options, string indexRoot, ILogger<EngineCatalog> logger) : IDisposable
{
    private TrademarkRegister? _trademarks;
    private PatentLibrary? _patents;

    public IndexLayout Layout { get; } = new(indexRoot);

    public TrademarkRegister Trademarks => TrademarkRefusal is null && _trademarks is { } t ? t : throw Unavailable("trademarks", TrademarkRefusal);

    public PatentLibrary Patents => PatentRefusal is null && _patents is { } p ? p : throw Unavailable("patents", PatentRefusal);

    /// <summary>Why the trademark register is not served; null when it is.</summary>
    public CollectionRefusal? TrademarkRefusal { get; private set; }

    public CollectionRefusal? PatentRefusal { get; private set; }

    public FeedbackLog Feedback { get; } = new(new IndexLayout(indexRoot));

    public ModelState TrademarkModel { get; private set; } = new(null, "not loaded");

    public ModelState PatentModel { get; private set; } = new(null, "not loaded");

    /// <summary>The background installation of the default trademark model, when one was started.</summary>
    public Task DefaultModelInstallation { get; private set; } = Task.CompletedTask;

    public void Open()
    {
        Directory.CreateDirectory(Layout.Root);
        // Decided before opening: only a folder without a single index file is "empty". One that lost its
        // commit is refused below instead of receiving the sample beside the old files.
        var buildTrademarks = options.BuildSampleIndexWhenEmpty && !TrademarkRegister.Exists(Layout);
        var buildPatents = options.BuildSampleIndexWhenEmpty && !PatentLibrary.Exists(Layout);
        (_trademarks, TrademarkRefusal) = OpenCollection("trademarks", () => TrademarkRegister.Open(Layout, writable: true));
        (_patents, PatentRefusal) = OpenCollection("patents", () => PatentLibrary.Open(Layout, writable: true));
        if (buildTrademarks && _trademarks is not null) BuildSampleTrademarks();
        if (buildPatents && _patents is not null) BuildSamplePatents();
        LoadModels();
        LogOpened(logger, Layout.Root, _trademarks?.Count, _patents?.Count);
        if (options.InstallDefaultModel && TrademarkModel.Reranker is null && _trademarks is not null) StartDefaultModelInstallation();
    }

    private (T?, CollectionRefusal?) OpenCollection<T>(string collection, Func<T> open) where T : class
    {
        try
        {
            return (open(), null);
        }
        catch (SearchEngineException e)
        {
            // Damaged, without a commit, unwritable, or held by another process: refuse this collection, serve the other.
            LogRefused(logger, collection, e.Message);
            return (null, Refusal(e));
        }
    }

    private CollectionRefusal Refusal(SearchEngineException e) => e is IndexUnavailableException u
        ? new CollectionRefusal(u.Problem, u.Remedy(options.IndexRoot))
        : new CollectionRefusal(e.Message.Replace(Layout.Root, options.IndexRoot, StringComparison.Ordinal), "stop the other process, or point this server at another index root");

    /// <summary>
    /// Refuses a collection from now on when files verified at open changed on disk (truncated, edited or
    /// deleted under the running server); returns the refusal, or null while the collection is served.
    /// </summary>
    public CollectionRefusal? Recheck(string collection)
    {
        IReadOnlyList<string> changed;
        try
        {
            changed = collection == "trademarks" ? _trademarks?.FilesChangedOnDisk() ?? [] : _patents?.FilesChangedOnDisk() ?? [];
        }
        catch (SearchEngineException e)
        {
            changed = [e is IndexUnavailableException u ? u.Problem : e.Message];
        }

        if (changed.Count > 0)
        {
            var refusal = new CollectionRefusal(
                $"the {collection} index changed on disk after it was verified ({string.Join(", ", changed.Take(5))}); it is not served",
                $"restart the server to verify it again; if it stays refused, {DamagedIndexException.RemedyFor(options.IndexRoot)}");
            if (collection == "trademarks" && TrademarkRefusal is null) TrademarkRefusal = refusal;
            if (collection == "patents" && PatentRefusal is null) PatentRefusal = refusal;
            LogRefused(logger, collection, refusal.Problem);
        }

        return collection == "trademarks" ? TrademarkRefusal : PatentRefusal;
    }

    private static ApiProblemException Unavailable(string collection, CollectionRefusal? refusal) =>
        new(StatusCodes.Status503ServiceUnavailable, "Service unavailable",
            refusal is null ? $"the {collection} collection is not open" : $"{refusal.Problem}; {refusal.Remedy}");

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
                var status = DefaultModels.EnsureTrained(Layout, register);
                LogDefaultModel(logger, status);
                LoadModels();
                // no model after all: /health keeps the reason (the shipped model is for another feature set and
                // this index cannot train one), not just "no model"
                if (TrademarkModel.Reranker is null) TrademarkModel = TrademarkModel with { Status = status };
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
    private static partial void LogOpened(ILogger logger, string root, int? trademarks, int? patents);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Collection} collection is not served: {Reason}")]
    private static partial void LogRefused(ILogger logger, string collection, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trademark reranker: {Status}")]
    private static partial void LogDefaultModel(ILogger logger, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trademark reranker: the default model could not be installed")]
    private static partial void LogDefaultModelFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample {Collection}: {Report}")]
    private static partial void LogBuilt(ILogger logger, string collection, string report);

    [LoggerMessage(Level = LogLevel.Information, Message = "First start: building the {Collection} index at {Folder} from the bundled sample")]
    private static partial void LogBuilding(ILogger logger, string collection, string folder);
}
