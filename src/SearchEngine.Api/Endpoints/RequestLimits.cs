using SearchEngine.Api.Errors;

namespace SearchEngine.Api.Endpoints;

/// <summary>The limits every endpoint applies before the core sees a request, with messages naming the parameter.</summary>
internal static class RequestLimits
{
    public const int MaxTop = 200;
    public const int MaxTextLength = 10_000;

    public static string RequiredText(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw ApiProblemException.BadRequest($"'{name}' is required");
        return OptionalText(value, name)!;
    }

    public static string? OptionalText(string? value, string name)
    {
        if (value is not null && value.Length > MaxTextLength)
        {
            throw ApiProblemException.BadRequest($"'{name}' is {value.Length:N0} characters long; at most {MaxTextLength:N0} are accepted");
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    public static int Top(int? value, int fallback, int max = MaxTop)
    {
        var top = value ?? fallback;
        if (top < 1 || top > max) throw ApiProblemException.BadRequest($"'top' must be from 1 to {max}, not {top}");
        return top;
    }

    public static int Page(int? value)
    {
        var page = value ?? 1;
        if (page < 1) throw ApiProblemException.BadRequest($"'page' starts at 1, not {page}");
        return page;
    }
}
