namespace SearchEngine.Api.Errors;

/// <summary>
/// A request the host refuses before it reaches the core (bad parameter, oversize upload, unknown
/// number); turned into an <c>application/problem+json</c> answer with this status and message.
/// </summary>
public sealed class ApiProblemException(int statusCode, string title, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;

    public static ApiProblemException BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static ApiProblemException NotFound(string detail) => new(StatusCodes.Status404NotFound, "Not found", detail);

    public static ApiProblemException TooLarge(string detail) => new(StatusCodes.Status413PayloadTooLarge, "Payload too large", detail);
}
