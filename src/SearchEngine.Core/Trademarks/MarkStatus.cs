namespace SearchEngine.Trademarks;

/// <summary>Where a mark stands in the register. Registered and pending marks are "live": they can block a new one.</summary>
public enum MarkStatus
{
    Registered,
    Pending,
    Expired,
    Refused,
    Withdrawn,
}

public static class MarkStatuses
{
    /// <summary>The statuses a conflict search shows unless asked otherwise.</summary>
    public static IReadOnlyList<MarkStatus> Live { get; } = [MarkStatus.Registered, MarkStatus.Pending];

    public static IReadOnlyList<MarkStatus> All { get; } = Enum.GetValues<MarkStatus>();

    public static bool IsLive(this MarkStatus status) => status is MarkStatus.Registered or MarkStatus.Pending;

    public static string ToName(this MarkStatus status) => status.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out MarkStatus status)
    {
        status = MarkStatus.Registered;
        if (string.IsNullOrWhiteSpace(text)) return false;
        return Enum.TryParse(text.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status);
    }

    /// <summary>Parses a status filter: "live" (default), "all", or a list such as "registered,expired".</summary>
    public static IReadOnlyList<MarkStatus> ParseFilter(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("live", StringComparison.OrdinalIgnoreCase)) return Live;
        if (text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase)) return All;
        var result = new List<MarkStatus>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse(part, out var s))
            {
                throw new SearchEngineException($"unknown status '{part}': use live, all, or any of {string.Join(", ", All.Select(ToName))}");
            }

            if (!result.Contains(s)) result.Add(s);
        }

        return result;
    }
}
