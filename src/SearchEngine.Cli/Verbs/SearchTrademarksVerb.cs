using System.Globalization;
using System.Text.Json;
using SearchEngine.Classifications.Nice;
using SearchEngine.Classifications;
using SearchEngine.Indexing;
using SearchEngine.Ranking;
using SearchEngine.Trademarks;

namespace SearchEngine.Cli.Verbs;

/// <summary><c>searchengine search trademarks "MARK"</c>: conflict search, as a table or JSON.</summary>
public sealed class SearchTrademarksVerb : IVerb
{
    public string Name => "search trademarks";

    public string Usage =>
        "search trademarks [--index DIR] \"MARK\" [--classes 30,43] [--class-filter exact|related|none] [--status live|all|LIST] " +
        "[--before DATE] [--vienna 26.04,27] [--vienna-codes 26.04.01,...] [--goods \"GOODS; SERVICES\"] [--top N] [--no-rerank] [--json]   (MARK may be \"\" with --vienna: a search by figurative elements)";

    public IReadOnlyCollection<string> ValueOptions => ["index", "classes", "class-filter", "status", "before", "top", "vienna", "vienna-codes", "goods"];

    private const int MaxGoodsLength = 10_000;

    public int Run(Arguments args, Console console)
    {
        var layout = new IndexLayout(args.Get("index") ?? IndexLayout.DefaultRoot);
        var classes = NiceClass.ParseList(args.Get("classes"));
        var classFilter = ClassFilterModes.Parse(args.Get("class-filter"), classes.Count > 0, "--class-filter");
        var statuses = MarkStatuses.ParseFilter(args.Get("status"));
        var before = DateBound.Read(args.Get("before"), "--before");
        var goods = args.Get("goods");
        if (goods is { Length: > MaxGoodsLength }) throw new UsageException($"--goods is {goods.Length:N0} characters long; at most {MaxGoodsLength:N0} are accepted");

        var vienna = ViennaCode.ParseList(args.Get("vienna"), "--vienna");
        var viennaCodes = ViennaCode.ParseList(args.Get("vienna-codes"), "--vienna-codes");
        var top = args.GetInt("top", ConflictQuery.DefaultTop, 1, ConflictQuery.MaxTop);
        var json = args.Has("json");
        // the reranker is the default ranking; --rerank is still accepted for scripts written before it was
        _ = args.Has("rerank");
        var rerank = !args.Has("no-rerank");
        args.RejectUnknown();
        var figurative = args.Positionals.Count == 0 && (vienna.Count > 0 || viennaCodes.Count > 0);
        if (args.Positionals.Count != 1 && !figurative) throw new UsageException("give exactly one mark to search (quote it if it has spaces), or --vienna codes alone");

        IReranker? reranker = null;
        if (rerank)
        {
            reranker = DefaultModels.TrademarkReranker(layout, out var status);
            console.Error.WriteLine(reranker is null ? $"fused score: {status}" : $"reranking with {reranker.ModelVersion}");
        }

        using var register = TrademarkRegister.Open(layout, writable: false);
        var result = register.Search(new ConflictQuery
        {
            Mark = figurative ? "" : args.Positionals[0],
            Classes = classes,
            ClassFilter = classFilter,
            Statuses = statuses,
            Before = before,
            Vienna = vienna,
            ViennaCodes = viennaCodes,
            GoodsServices = string.IsNullOrWhiteSpace(goods) ? null : goods,
            Top = top,
            Reranker = reranker,
        });
        if (json) WriteJson(console.Out, result);
        else WriteTable(console.Out, result);
        return 0;
    }

    private static void WriteTable(TextWriter w, ConflictResult result)
    {
        if (result.Matching is { } matching) w.WriteLine($"{matching:N0} marks match the Vienna filter");
        if (result.Hits.Count == 0)
        {
            w.WriteLine("no earlier mark found");
            return;
        }

        w.WriteLine($"{"#",3}  {"score",5}  {"band",-6}  {"number",-18}  {"mark",-30}  {"classes",-12}  {"status",-10}  {"filed",-10}  reasons");
        var rank = 0;
        foreach (var h in result.Hits)
        {
            var t = h.Trademark;
            w.WriteLine(
                $"{++rank,3}  {h.Score,5:F1}  {h.Band.ToString().ToLowerInvariant(),-6}  {Cut(t.Number, 18),-18}  {Cut(t.Mark, 30),-30}  " +
                $"{Cut(string.Join(',', t.Classes), 12),-12}  {t.Status.ToName(),-10}  {t.FilingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",-10}  " +
                string.Join("; ", h.Reasons));
            if (t.ViennaCodes.Count > 0) w.WriteLine($"{"",5}  Vienna: {string.Join("; ", t.ViennaCodes.Select(Named))}");
        }

        if (result.ViennaDivisions.Count > 0)
        {
            w.WriteLine("Vienna divisions among the results:");
            foreach (var f in result.ViennaDivisions) w.WriteLine($"  {f.Code}  {f.Count,7:N0}  {f.Name}");
        }
    }

    private static string Named(string code) =>
        ViennaCode.TryParse(code, out var v) && ViennaClassification.NameOf(v) is { } name ? $"{code} {name}" : code;

    private static string Cut(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";

    private static void WriteJson(TextWriter w, ConflictResult result)
    {
        var hits = result.Hits.Select(h => new
        {
            number = h.Number,
            mark = h.Mark,
            score = h.Score,
            band = h.Band.ToString().ToLowerInvariant(),
            reasons = h.Reasons,
            classes = h.Trademark.Classes.Select(c => c.Number),
            status = h.Trademark.Status.ToName(),
            filingDate = h.Trademark.FilingDate,
            owner = h.Trademark.Owner,
            goods = h.Trademark.Goods.Select(g => new { @class = g.Class.Number, text = g.Text }),
            goodsServices = h.Trademark.GoodsServices,
            disclaimed = h.Trademark.Disclaimed,
            viennaCodes = h.Trademark.ViennaCodes.Select(c => new { code = c, name = ViennaCode.TryParse(c, out var v) ? ViennaClassification.NameOf(v) : null }),
            rerankScore = h.RerankScore,
        });
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        w.WriteLine(JsonSerializer.Serialize(new
        {
            candidates = result.CandidatesCompared,
            matching = result.Matching,
            reranker = result.RerankerVersion,
            viennaDivisions = result.ViennaDivisions.Select(f => new { code = f.Code, name = f.Name, count = f.Count }),
            hits,
        }, options));
    }
}
