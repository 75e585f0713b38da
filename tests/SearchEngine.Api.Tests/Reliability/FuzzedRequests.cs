using System.Text;
using System.Text.Json;

namespace SearchEngine.Api.Tests.Reliability;

/// <summary>
/// Seeded random requests over every endpoint: query-language fragments, Vietnamese and odd Unicode,
/// control characters, numbers out of range, JSON of the wrong shape or cut short, bad content types.
/// </summary>
internal sealed class FuzzedRequests(int seed, string adminKey)
{
    private static readonly string[] Fragments =
    [
        "pin", "acquy", "air", "filter", "layer", "Sao", "Mai", "Công ty", "Trung Nguyên", "bàn chải", "ĐẶNG", "phương pháp",
        "AND", "OR", "NOT", "NEAR3", "ADJ2", "NEAR0", "NEAR99999999999", "ADJ", "near5", "TI:", "AB:", "IC:", "PD:", "AN:", "PA:", "IN:", "XX:",
        "(", ")", "((", "))", "\"", "[", "]", "*", "ab*", "a*", "?", "\\", ":", "%", "%00", ";", "'", "{", "}", "<script>", "&", "=",
        "[2015 TO 2020]", "[x TO ]", "[* TO *]", "H01M", "A01N 63/00", "2015", "2015-13-45", "1-2023-01434", "TEST-TM-0002",
        "\u0301", "😀", "\u200b", "\uFEFF", "\u0000", "\t", "\r\n", "\u202e", "ﷺ", "Ꭰ", "-1", "0", "99999999999", "1e9", "NaN", "null",
        "=HYPERLINK(\"x\")", "@SUM(1)", "+1", "../../etc/passwd", "%2e%2e%2f",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json", "application/json", "application/json; charset=utf-8", "application/json; charset=bogus",
        "application/json; charset=\"utf-16\"", "text/plain", "", "application/json;;;", "multipart/form-data; boundary=x", "application/x-ndjson",
        "text/csv", "application/json; charset=", "*/*",
    ];

    private readonly Random _rng = new(seed);

    public HttpRequestMessage Next()
    {
        var pick = _rng.Next(100);
        return pick switch
        {
            < 16 => Get("/api/trademarks/search" + Query(("mark", 0.9), ("classes", 0.4), ("classFilter", 0.2), ("status", 0.2), ("before", 0.2), ("top", 0.3))),
            < 30 => Post("/api/trademarks/search", Body("mark", "classes", "classFilter", "status", "before", "top", "goodsServices")),
            < 36 => Get("/api/trademarks/" + Segment(Text(3))),
            < 58 => Get("/api/patents/search" + Query(("q", 0.95), ("ipc", 0.2), ("from", 0.2), ("to", 0.2), ("sort", 0.2), ("page", 0.2), ("pageSize", 0.2))),
            < 68 => Post("/api/patents/similar", Body("text", "top", "exclude")),
            < 73 => Get("/api/patents/" + Segment(Text(3))),
            < 80 => Post("/api/feedback", Body("collection", "query", "number", "grade", "relevant", "user")),
            < 83 => Import(),
            < 88 => Get(_rng.Next(3) switch { 0 => "/health", 1 => "/", _ => "/index.html" }),
            < 89 => Get(_rng.Next(2) == 0 ? "/openapi/v1.json" : "/scalar"),
            _ => Odd(),
        };
    }

    /// <summary>Pages that describe the API by its schema names; they are checked for status, not for type names.</summary>
    public static bool IsReference(HttpRequestMessage request) =>
        request.RequestUri!.OriginalString.StartsWith("/openapi", StringComparison.Ordinal) ||
        request.RequestUri.OriginalString.StartsWith("/scalar", StringComparison.Ordinal);

    private string Text(int maxFragments)
    {
        var n = _rng.Next(1, maxFragments + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            if (i > 0 && _rng.Next(4) > 0) sb.Append(' ');
            sb.Append(_rng.Next(40) == 0 ? new string('a', _rng.Next(200, 3000)) : Fragments[_rng.Next(Fragments.Length)]);
        }

        return sb.ToString();
    }

    // The test server's client refuses a NUL in a path before sending it (Kestrel answers such a request 400 itself).
    private static string Segment(string text) => Uri.EscapeDataString(text.Replace("\0", "", StringComparison.Ordinal));

    private string Query(params (string Name, double Chance)[] parameters)
    {
        var parts = parameters.Where(p => _rng.NextDouble() < p.Chance)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Value(p.Name))}").ToList();
        if (_rng.Next(10) == 0) parts.Add("unknown=" + Uri.EscapeDataString(Text(2)));
        if (_rng.Next(20) == 0) parts.Add(parameters[0].Name + "=" + Uri.EscapeDataString(Text(2))); // a parameter twice
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private string Value(string name) => name switch
    {
        "top" or "page" or "pageSize" or "grade" => _rng.Next(3) switch { 0 => _rng.Next(-5, 300).ToString(), 1 => Fragments[_rng.Next(Fragments.Length)], _ => "1" },
        "classes" => string.Join(_rng.Next(2) == 0 ? ',' : ' ', Enumerable.Range(0, _rng.Next(0, 6)).Select(_ => _rng.Next(-2, 50).ToString())),
        "classFilter" => new[] { "none", "exact", "related", "EXACT", "bogus", "" }[_rng.Next(6)],
        "status" => new[] { "live", "all", "registered,expired", "dead", "", "registered,,pending" }[_rng.Next(6)],
        "sort" => new[] { "relevance", "newest", "oldest", "date", "x", "" }[_rng.Next(6)],
        "before" or "from" or "to" => new[] { "2015", "2015-06", "2015-06-30", "2015-02-30", "yesterday", "0000-01-01", "9999-12-31", "" }[_rng.Next(8)],
        "collection" => new[] { "trademarks", "patents", "TRADEMARKS", "both", "" }[_rng.Next(5)],
        "number" => new[] { "TEST-TM-0002", "TEST-TM-0001", "07156135", "nope", "" }[_rng.Next(5)],
        _ => Text(8),
    };

    private string Body(params string[] fields)
    {
        switch (_rng.Next(12))
        {
            case 0: return "";
            case 1: return Text(4);
            case 2: return "[" + new string('[', _rng.Next(10, 300)) + new string(']', 5);
            case 3: return JsonSerializer.Serialize(Enumerable.Range(0, _rng.Next(5)).Select(_ => Text(2)));
        }

        var body = new Dictionary<string, object?>();
        foreach (var f in fields)
        {
            if (_rng.NextDouble() < 0.75) body[f] = JsonValue(f);
        }

        var json = JsonSerializer.Serialize(body);
        return _rng.Next(8) == 0 ? json[.._rng.Next(json.Length)] : json; // cut short
    }

    private object? JsonValue(string field) => _rng.Next(8) switch
    {
        0 => null,
        1 => _rng.Next(2) == 0,
        2 => _rng.Next(3) == 0 ? long.MaxValue : _rng.Next(-10, 300),
        3 => _rng.NextDouble() * 1e6,
        4 => Enumerable.Range(0, _rng.Next(6)).Select(_ => (object)(_rng.Next(2) == 0 ? _rng.Next(-3, 60) : Text(1))).ToArray(),
        5 => new Dictionary<string, object> { ["x"] = Text(1) },
        _ => field switch
        {
            "classes" => Enumerable.Range(0, _rng.Next(6)).Select(_ => _rng.Next(-2, 50)).ToArray(),
            "top" or "grade" => _rng.Next(-2, 250),
            _ => Value(field),
        },
    };

    private HttpRequestMessage Get(string target) => new(HttpMethod.Get, target);

    private HttpRequestMessage Post(string target, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        var type = ContentTypes[_rng.Next(ContentTypes.Length)];
        if (type.Length > 0) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        return request;
    }

    private HttpRequestMessage Import()
    {
        var lines = Enumerable.Range(0, _rng.Next(1, 6)).Select(i => _rng.Next(3) switch
        {
            0 => JsonSerializer.Serialize(new { id = "FZ-" + _rng.Next(50), mark = Text(2), classes = new[] { _rng.Next(-1, 50) } }),
            1 => Text(5),
            _ => "id,mark,classes\nFZ-C" + _rng.Next(50) + "," + Text(2) + "," + _rng.Next(50),
        });
        var query = Query(("collection", 0.9), ("format", 0.5), ("name", 0.3));
        var request = Post("/api/admin/import" + query, string.Join('\n', lines));
        if (_rng.Next(6) > 0) request.Headers.Add("X-Api-Key", _rng.Next(10) == 0 ? "wrong" : adminKey);
        return request;
    }

    private HttpRequestMessage Odd()
    {
        var methods = new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options, HttpMethod.Head, HttpMethod.Post, HttpMethod.Get };
        var paths = new[] { "/api/trademarks/search", "/api/patents/search", "/api/feedback", "/api/admin/import", "/health", "/api", "/api/patents/",
            "/%2e%2e/%2e%2e/etc/passwd", "/api/patents/similar", "/" + Segment(Text(2)) };
        var method = methods[_rng.Next(methods.Length)];
        var request = new HttpRequestMessage(method, paths[_rng.Next(paths.Length)]);
        if (method != HttpMethod.Get && method != HttpMethod.Head && _rng.Next(2) == 0)
        {
            request.Content = new StringContent(Text(3));
        }

        return request;
    }
}
