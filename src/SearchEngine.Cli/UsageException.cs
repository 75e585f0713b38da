namespace SearchEngine.Cli;

/// <summary>A mistake in what the user asked for: printed as one message, exit code 2, no stack trace.</summary>
public sealed class UsageException(string message) : Exception(message);
