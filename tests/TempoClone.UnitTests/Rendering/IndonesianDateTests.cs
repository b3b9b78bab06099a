using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class IndonesianDateTests
{
    [Theory]
    [InlineData("31/08/2023", 2023, 8, 31)]
    [InlineData("1/9/2023", 2023, 9, 1)]
    [InlineData(" 01-09-2023 ", 2023, 9, 1)]
    [InlineData("01.09.2023", 2023, 9, 1)]
    [InlineData("2023-08-31", 2023, 8, 31)]
    public void TryParse_DayMonthYearAndIso_ReadsTheDay(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), IndonesianDate.TryParse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("08/31/2023")]
    [InlineData("31/13/2023")]
    [InlineData("31/08/23")]
    [InlineData("31/08/0001")]
    [InlineData("kemarin")]
    public void TryParse_NoDate_IsNull(string? text) => Assert.Null(IndonesianDate.TryParse(text));

    [Fact]
    public void Format_WritesDayMonthYearWithZeros() => Assert.Equal("01/09/2023", IndonesianDate.Format(new DateOnly(2023, 9, 1)));
}
