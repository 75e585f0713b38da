using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchEngine.Api.Errors;

/// <summary>
/// Says what was wrong with a request the framework could not bind (a number where a word was sent, a body
/// that is not JSON) in the request's own words: its parameter and JSON path, never the .NET types behind
/// them (<c>System.Int32</c>, <c>TrademarkSearchRequest request</c>), which tell a client nothing useful.
/// </summary>
internal static partial class BindingProblem
{
    public static string Describe(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            var problem = JsonProblem.Describe(json);
            return (problem.StartsWith("a value", StringComparison.Ordinal) ? "the request body has " : "the request body is ") + problem;
        }

        var m = e.Message;
        if (Parameter().Match(m) is { Success: true } p)
        {
            var name = p.Groups["name"].Value;
            if (m.StartsWith("Failed to bind", StringComparison.Ordinal)) return $"'{name}' cannot be read from '{Value().Match(m).Groups["value"].Value}'";
            if (m.StartsWith("Required parameter", StringComparison.Ordinal)) return $"'{name}' is required";
            return "the request body must be a JSON object";
        }

        if (m.StartsWith("Expected a supported JSON media type", StringComparison.Ordinal)) return "the request body must be sent as application/json";
        return TypeName().IsMatch(m) ? "the request could not be read" : m;
    }

    // The framework writes 'parameter "TYPE NAME"'; only the last word is the client's.
    [GeneratedRegex("parameter \"[^\"]*?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex Parameter();

    [GeneratedRegex("from \"(?<value>[^\"]*)\"")]
    private static partial Regex Value();

    [GeneratedRegex(@"\b(System|Microsoft|SearchEngine)\.[A-Z]")]
    private static partial Regex TypeName();
}
