using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

/// <summary>The one parser for typed WIB days (indeks and search filters, in Indonesian day-first forms) and times (publish and pick end times).</summary>
public class JakartaTimeParsingTests
{
    [Fact]
    public void ParseDay_ADay_StartsAtMidnightWib()
    {
        var day = JakartaTime.ParseDay("2026-11-26");

        Assert.Equal(new DateOnly(2026, 11, 26), day);
        Assert.Equal(new DateTime(2026, 11, 25, 17, 0, 0, DateTimeKind.Utc), JakartaTime.DayStartUtc(day!.Value));
    }

    [Theory]
    [InlineData("31/08/2023", 2023, 8, 31)]
    [InlineData("1/9/2023", 2023, 9, 1)]
    [InlineData(" 01-09-2023 ", 2023, 9, 1)]
    [InlineData("01.09.2023", 2023, 9, 1)]
    [InlineData("26-11-2026", 2026, 11, 26)]
    [InlineData("2023-08-31", 2023, 8, 31)]
    public void ParseDay_DayFirstAsIndonesiansWriteIt_OrIso_ReadsTheDay(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), JakartaTime.ParseDay(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("kemarin")]
    [InlineData("08/31/2023")]
    [InlineData("31/13/2023")]
    [InlineData("31/08/23")]
    [InlineData("31/08/0001")]
    [InlineData("2026-13-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2026-11-26T10:00")]
    public void ParseDay_AnythingElse_IsNull(string? text) => Assert.Null(JakartaTime.ParseDay(text));

    [Fact]
    public void TypedDay_WritesDayMonthYearWithZeros_AndParseDayReadsItBack()
    {
        var day = new DateOnly(2023, 9, 1);

        Assert.Equal("01/09/2023", JakartaTime.TypedDay(day));
        Assert.Equal(day, JakartaTime.ParseDay(JakartaTime.TypedDay(day)));
    }

    [Theory]
    [InlineData("2026-11-26T17:06")]
    [InlineData("2026-11-26T17:06:00")]
    [InlineData("26/11/2026 17.06")]
    [InlineData("26/11/2026 17:06")]
    [InlineData(" 26-11-2026  17.06 ")]
    public void ParseInput_WibTime_IsReadAsUtc(string text) =>
        Assert.Equal(new DateTime(2026, 11, 26, 10, 6, 0, DateTimeKind.Utc), JakartaTime.ParseInput(text));

    [Theory]
    [InlineData(null)]
    [InlineData("kemarin")]
    [InlineData("2026-11-26")]
    [InlineData("2026-11-26 17:06")]
    [InlineData("1800-01-01T00:00")]
    public void ParseInput_AnythingElse_IsNull(string? text) => Assert.Null(JakartaTime.ParseInput(text));

    [Fact]
    public void InputValue_IsWhatParseInputReads()
    {
        var utc = new DateTime(2026, 11, 26, 23, 30, 0, DateTimeKind.Utc);

        Assert.Equal("2026-11-27T06:30", JakartaTime.InputValue(utc));
        Assert.Equal(utc, JakartaTime.ParseInput(JakartaTime.InputValue(utc)));
    }

    [Fact]
    public void TypedTime_WritesDayFirstWithTheDatelineClock_AndParseInputReadsItBack()
    {
        var utc = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal("01/12/2026 07:00", JakartaTime.TypedTime(utc));
        Assert.Equal(utc, JakartaTime.ParseInput(JakartaTime.TypedTime(utc)));
        Assert.Equal("Selasa, 1 Desember 2026 07:00 WIB", JakartaTime.LongStamp(utc));
        Assert.Equal("07:00", JakartaTime.Clock(utc));
    }
}
