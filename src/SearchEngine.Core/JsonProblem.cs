using System.Text.Json;

namespace SearchEngine;

/// <summary>
/// A JSON error in the reader's words: where it is and what kind it is. System.Text.Json's own messages
/// name the .NET type it tried to build (<c>System.Int32</c>, <c>SearchEngine.Trademarks.TrademarkRecord</c>),
/// which means nothing to whoever wrote the file or the request.
/// </summary>
public static class JsonProblem
{
    public static string Describe(JsonException e)
    {
        var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at {e.Path}";
        var position = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
        return e.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? $"a value of the wrong kind{where}{position}"
            : $"not valid JSON{where}{position}";
    }
}
