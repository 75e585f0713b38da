namespace SearchEngine.Tests;

public class DateBoundTests
{
    [Theory]
    [InlineData("2015", "2015-01-01", "2015-12-31")]
    [InlineData("2016-02", "2016-02-01", "2016-02-29")]
    [InlineData(" 2020-05-17 ", "2020-05-17", "2020-05-17")]
    [InlineData("20200517", "2020-05-17", "2020-05-17")]
    [InlineData("17.05.2020", "2020-05-17", "2020-05-17")]
    public void A_bound_covers_the_days_it_names(string text, string first, string last)
    {
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateBound.FirstDay(text));
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), DateBound.LastDay(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2020-13-01")]
    [InlineData("yesterday")]
    [InlineData("99")]
    public void Anything_else_is_not_a_date(string text)
    {
        Assert.Null(DateBound.FirstDay(text));
        Assert.Null(DateBound.LastDay(text));
    }
}
