using System.Globalization;
using System.Text.Json;
using SearchEngine.Indexing;
using SearchEngine.Patents;
using SearchEngine.Ranking;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine search patents --index DIR "QUERY" [--like-text] [--json]</c>.</summary>
public sealed class SearchPatentsVerb : IVerb
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Name => "search patents";
    public string Usage => "search patents --index DIR \"QUERY\" [--like-text] [--json] [--sort relevance|newest|oldest] [--page N] [--size N] [--ipc X] [--from DATE] [--to DATE] [--rerank] [--no-translate] [--strict] [--landscape]";
    public IReadOnlyCollection<string> ValueOptions => ["index", "sort", "page", "size", "ipc", "from", "to"];

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Require("index"));
        var likeText = args.Has("like-text");
        var json = args.Has("json");
        var page = args.GetInt("page", 1, 1, 10_000);
        var size = args.GetInt("size", 10, 1, PatentLibrary.MaxPageSize);
        var sort = PatentSorts.Parse(args.Get("sort"), "--sort");
        var ipc = args.Get("ipc");
        var from = DateBound.Read(args.Get("from"), "--from");
        var to = DateBound.Read(args.Get("to"), "--to", lastDay: true);
        var rerank = args.Has("rerank");
        var translate = !args.Has("no-translate");
        var forgiving = !args.Has("strict");
        var landscape = args.Has("landscape");
        args.RejectUnknown();
        if (args.Positionals.Count == 0) throw new UsageException(likeText ? "give the text to compare" : "give a query, e.g. \"TI:pin AND IC:H01M\"");
        var text = string.Join(' ', args.Positionals);

        using var library = PatentLibrary.Open(layout, writable: false);
        IReranker? reranker = null;
        if (rerank)
        {
            reranker = RerankerStore.TryLoad(layout.Models, "patents", PatentFeatures.Version, out var status);
            if (!json) console.Out.WriteLine(status);
        }

        if (likeText)
        {
            var similar = library.Similar(text, size, reranker: reranker, page: page);
            if (json)
            {
                console.Out.WriteLine(JsonSerializer.Serialize(similar, Json));
                return 0;
            }

            console.Out.WriteLine($"language: {similar.Language}; terms used: {string.Join(", ", similar.Terms.Select(t => t.Surface == t.Term ? t.Term : $"{t.Surface} ({t.Term})"))}");
            console.Out.WriteLine($"{similar.Total} similar documents");
            PrintHits(console.Out, similar.Hits, (page - 1) * size);
            return 0;
        }

        var query = new PatentQuery(text) { Page = page, PageSize = size, Sort = sort, Ipc = ipc, From = from, To = to, Translate = translate, Forgiving = forgiving };
        if (landscape)
        {
            // The landscape as CSV (the API's format=csv), counts of the matching documents per dimension.
            var l = library.Landscape(query);
            if (!json) console.Error.WriteLine($"{l.Total} matching documents, {l.Counted} counted");
            console.Out.Write(json ? JsonSerializer.Serialize(l, Json) + Environment.NewLine : l.ToCsv());
            return 0;
        }

        var result = library.Search(query, reranker);
        if (json)
        {
            console.Out.WriteLine(JsonSerializer.Serialize(result, Json));
            return 0;
        }

        var pages = Math.Max(1, (result.Total + size - 1) / size);
        if (result.Translations.Count > 0) console.Out.WriteLine($"translated: {string.Join(", ", result.Translations)}");
        if (result.Notice is { } notice) console.Out.WriteLine(notice);
        foreach (var s in result.Suggestions) console.Out.WriteLine($"no document has '{s.Word}'; did you mean '{s.Suggestion}'?");
        console.Out.WriteLine($"{result.Total} hits (page {page} of {pages})");
        PrintHits(console.Out, result.Hits, (page - 1) * size);
        if (result.RerankStatus is { } rs) console.Out.WriteLine(rs);
        var f = result.Facets;
        if (result.Total > 0)
        {
            console.Out.WriteLine($"IPC subclasses: {Facet(f.IpcSubclasses)}");
            console.Out.WriteLine($"Years: {Facet(f.Years)}");
            console.Out.WriteLine($"Applicants: {Facet(f.Applicants)}");
        }

        return 0;
    }

    private static void PrintHits(TextWriter w, IReadOnlyList<PatentHit> hits, int offset)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            var date = (h.PublicationDate ?? h.FilingDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "----------";
            w.WriteLine($"{offset + i + 1,3}. {h.Number}  {date}  {string.Join("; ", h.Ipc.Take(3))}  score {h.Score.ToString("0.000", CultureInfo.InvariantCulture)}");
            w.WriteLine($"     {MarkTitle(h)}");
            if (h.Applicants.Count > 0) w.WriteLine($"     {string.Join("; ", h.Applicants.Take(3))}");
            if (h.Passage is { } p) w.WriteLine($"     {p.Field}: {p.Marked("«", "»")}");
            if (h.MatchedTranslations.Count > 0) w.WriteLine($"     matched by translation: {string.Join(", ", h.MatchedTranslations)}");
        }
    }

    private static string MarkTitle(PatentHit h) => new PatentPassage("title", h.Title, h.TitleMatches).Marked("«", "»");

    private static string Facet(IReadOnlyList<FacetValue> values) =>
        values.Count == 0 ? "-" : string.Join(", ", values.Select(v => $"{v.Value} ({v.Count})"));
}
