using System.Globalization;

namespace SearchEngine.Patents.QueryLanguage;

/// <summary>Reads a PD value (yyyy, yyyy-mm, yyyy-mm-dd, yyyymmdd, dd.mm.yyyy) as the first or last day it covers.</summary>
internal static class DateBound
{
    public static int? First(string text) => Parse(text, last: false);

    public static int? Last(string text) => Parse(text, last: true);

    private static int? Parse(string text, bool last)
    {
        var t = text.Trim();
        var ci = CultureInfo.InvariantCulture;
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, ci, out var year) && year is >= 1000 and <= 9999)
        {
            return year * 10000 + (last ? 1231 : 101);
        }

        if (DateOnly.TryParseExact(t, ["yyyy-MM", "yyyy/MM"], ci, DateTimeStyles.None, out var month))
        {
            var day = last ? DateTime.DaysInMonth(month.Year, month.Month) : 1;
            return month.Year * 10000 + month.Month * 100 + day;
        }

        if (DateOnly.TryParseExact(t, ["yyyy-MM-dd", "yyyyMMdd", "dd.MM.yyyy", "yyyy/MM/dd"], ci, DateTimeStyles.None, out var d))
        {
            return d.Year * 10000 + d.Month * 100 + d.Day;
        }

        return null;
    }
}
