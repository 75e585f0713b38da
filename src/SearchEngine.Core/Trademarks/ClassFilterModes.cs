namespace SearchEngine.Trademarks;

/// <summary>Reads a class-filter setting the same way in the CLI, the API and evaluation query files.</summary>
public static class ClassFilterModes
{
    /// <summary>
    /// <c>none</c>, <c>exact</c> or <c>related</c> (any case). Unset means <see cref="ClassFilterMode.Exact"/> when
    /// the search names classes, as an examiner asking about classes expects, unless the caller says otherwise
    /// (evaluation files filter only when a line asks).
    /// </summary>
    /// <param name="name">How the caller's user knows the setting (<c>'classFilter'</c>, <c>--class-filter</c>), for the error.</param>
    public static ClassFilterMode Parse(string? text, bool haveClasses, string name, ClassFilterMode? whenUnset = null) =>
        text?.Trim().ToLowerInvariant() switch
        {
            null or "" => whenUnset ?? (haveClasses ? ClassFilterMode.Exact : ClassFilterMode.None),
            "none" => ClassFilterMode.None,
            "exact" => ClassFilterMode.Exact,
            "related" => ClassFilterMode.Related,
            _ => throw new SearchEngineException($"{name} must be none, exact or related, not '{text}'"),
        };
}
