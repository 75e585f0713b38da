using Microsoft.AspNetCore.Http.Features;
using Scalar.AspNetCore;
using SearchEngine.Api.Endpoints;
using SearchEngine.Api.Errors;
using SearchEngine.Api.Hosting;

// The content root is the application's folder when it holds the page (a published server started from
// any folder finds its wwwroot and appsettings.json); from a build folder (dotnet run, tests) it stays the project.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = Directory.Exists(Path.Combine(AppContext.BaseDirectory, "wwwroot")) ? AppContext.BaseDirectory : null,
});

var options = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
builder.Services.AddSingleton(options);
builder.Services.AddSingleton(sp => new EngineCatalog(
    options,
    IndexRootResolver.Resolve(options.IndexRoot, builder.Environment.ContentRootPath),
    sp.GetRequiredService<ILogger<EngineCatalog>>()));
builder.Services.AddSingleton<UploadImporter>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddClientRateLimiting(options.RateLimit);
builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "SearchEngine API";
    document.Info.Description = "Trademark conflict search and patent prior-art search for IP Viet Nam. " +
        "Errors are application/problem+json; see docs/api.md.";
    return Task.CompletedTask;
}));
// Parameter binding failures ("top=many", a body that is not JSON) become exceptions, so the problem
// handler can name the parameter instead of answering a bare 400.
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(json =>
    json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
// Kestrel's own cap must let the largest admin upload through; every other endpoint is capped lower per request.
// Its line and header limits sit above RequestGuards' own, which answer in problem+json (Kestrel's answers are bare).
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + 1;
    kestrel.Limits.MaxRequestLineSize = RequestGuards.KestrelTargetBytes;
    kestrel.Limits.MaxRequestHeadersTotalSize = RequestGuards.KestrelHeaderBytes;
    kestrel.Limits.MaxRequestHeaderCount = RequestGuards.KestrelHeaderCount;
    kestrel.AddServerHeader = false;
});

var app = builder.Build();

// Opening (and on first start building) the indexes before serving: the first search must not wait for it.
var catalog = app.Services.GetRequiredService<EngineCatalog>();
catalog.Open();
UploadSpool.CleanStale();

app.UseMiddleware<RequestTimingMiddleware>();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestGuards();
app.UseRateLimiter();
app.UseMiddleware<SearchAdmission>();
app.Use((context, next) =>
{
    if (!context.Request.Path.StartsWithSegments("/api/admin"))
    {
        // Declared sizes are refused at once; undeclared (chunked) ones are cut by Kestrel while reading.
        if (context.Request.ContentLength > options.MaxJsonBodyBytes)
        {
            throw ApiProblemException.TooLarge($"the request body is {context.Request.ContentLength:N0} bytes; this endpoint accepts at most {options.MaxJsonBodyBytes:N0}");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.MaxJsonBodyBytes;
    }

    return next(context);
});
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapScalarApiReference(scalar => scalar.WithTitle("SearchEngine API"));
app.MapHealthEndpoints();
app.MapTrademarkEndpoints();
app.MapNiceEndpoints();
app.MapPatentEndpoints();
app.MapFeedbackEndpoints();
app.MapAdminEndpoints(options);

app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var url in app.Urls) app.Logger.LogInformation("SearchEngine is serving on {Url} (web page at /, API reference at /scalar)", url);
});

app.Run();

public partial class Program;
