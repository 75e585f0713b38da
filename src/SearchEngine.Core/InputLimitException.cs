namespace SearchEngine;

/// <summary>An input stopped at an <see cref="InputLimits"/> bound; <see cref="TooLarge"/> when it was the total size, not a line.</summary>
public sealed class InputLimitException(string message, bool tooLarge) : SearchEngineException(message)
{
    public bool TooLarge { get; } = tooLarge;
}
