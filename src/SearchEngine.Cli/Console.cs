namespace SearchEngine.Cli;

/// <summary>The three standard streams, passed in so tests can run verbs in process.</summary>
public sealed record Console(TextReader In, TextWriter Out, TextWriter Error);
