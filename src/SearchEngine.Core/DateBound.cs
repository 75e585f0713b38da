using System.Globalization;

namespace SearchEngine;

/// <summary>
/// Reads a date a user types as a search bound, the same way in the query language (<c>PD:</c>), the API
/// (<c>from</c>, <c>to</c>, <c>before</c>) and the CLI: yyyy, yyyy-mm, yyyy-mm-dd, yyyymmdd, yyyy/mm/dd or
/// dd.mm.yyyy, taken as the first or the last day it covers.
/// </summary>
public static class DateBound
{
    public const string Formats = "yyyy, yyyy-mm or yyyy-mm-dd";

    /// <summary>
    /// A bound given by a user: null when blank, else its first day (its last for the end of a range).
    /// <paramref name="name"/> is how the user knows the setting (<c>'from'</c>, <c>--before</c>), for the error.
    /// </summary>
    public static DateOnly? Read(string? text, string name, bool lastDay = false) =>
        string.IsNullOrWhiteSpace(text) ? null
        : Parse(text, lastDay) ?? throw new SearchEngineException($"{name} must be a date written {Formats}, not '{text}'");

    public static DateOnly? FirstDay(string text) => Parse(text, last: false);

    public static DateOnly? LastDay(string text) => Parse(text, last: true);

    private static DateOnly? Parse(string text, bool last)
    {
        var t = text.Trim();
        var ci = CultureInfo.InvariantCulture;
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, ci, out var year) && year is >= 1000 and <= 9999)
        {
            return last ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
        }

        if (DateOnly.TryParseExact(t, ["yyyy-MM", "yyyy/MM"], ci, DateTimeStyles.None, out var month))
        {
            return last ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }

        return DateOnly.TryParseExact(t, ["yyyy-MM-dd", "yyyyMMdd", "dd.MM.yyyy", "yyyy/MM/dd"], ci, DateTimeStyles.None, out var d) ? d : null;
    }
}
