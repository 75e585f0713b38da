namespace SearchEngine;

/// <summary>
/// A problem the user can act on (bad query syntax, unknown class, missing index, bad input file):
/// hosts show its message as it is, never a stack trace.
/// </summary>
public class SearchEngineException(string message, Exception? inner = null) : Exception(message, inner);
