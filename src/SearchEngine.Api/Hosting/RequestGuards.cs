using System.Text;
using Microsoft.Net.Http.Headers;
using SearchEngine.Api.Errors;

namespace SearchEngine.Api.Hosting;

/// <summary>
/// Checks of the request itself, before routing: an over-long target (414), too many or too large headers
/// (431), a Content-Type that cannot be read or names an unknown charset (415). Kestrel's own limits are set
/// well above these (see Program.cs) so these answers are problem+json rather than Kestrel's bare ones.
/// </summary>
internal static class RequestGuards
{
    public const int MaxTargetBytes = 64 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const int MaxHeaderCount = 100;
    /// <summary>Kestrel's limits: far enough above ours that a request between them still gets a problem+json answer.</summary>
    public const int KestrelTargetBytes = 4 * MaxTargetBytes;
    public const int KestrelHeaderBytes = 4 * MaxHeaderBytes;
    public const int KestrelHeaderCount = 2 * MaxHeaderCount;

    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        Check(context.Request);
        return next(context);
    });

    private static void Check(HttpRequest request)
    {
        var target = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (target > MaxTargetBytes)
        {
            throw new ApiProblemException(StatusCodes.Status414UriTooLong, "URI too long",
                $"the request target is {target:N0} characters long; at most {MaxTargetBytes:N0} are accepted (send long texts in a POST body)");
        }

        var headerBytes = 0;
        foreach (var (name, values) in request.Headers) headerBytes += name.Length + values.ToString().Length + 4;
        if (request.Headers.Count > MaxHeaderCount || headerBytes > MaxHeaderBytes)
        {
            throw new ApiProblemException(StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request header fields too large",
                $"the request has {request.Headers.Count:N0} headers of {headerBytes:N0} bytes; at most {MaxHeaderCount} headers of {MaxHeaderBytes:N0} bytes are accepted");
        }

        var contentType = request.ContentType;
        if (string.IsNullOrEmpty(contentType)) return;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw Unsupported($"the Content-Type '{Shorten(contentType)}' cannot be read; send application/json (charset utf-8)");
        }

        // Checked as sent (quotes and all, or empty): the JSON reader looks the name up exactly so.
        var charset = media.Parameters.FirstOrDefault(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase));
        if (charset is not null && !IsKnown(charset.Value.ToString()))
        {
            throw Unsupported($"the charset '{Shorten(charset.Value.ToString())}' is not one this server reads; send utf-8");
        }
    }

    private static bool IsKnown(string charset)
    {
        try
        {
            _ = Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static ApiProblemException Unsupported(string detail) =>
        new(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", detail);

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
