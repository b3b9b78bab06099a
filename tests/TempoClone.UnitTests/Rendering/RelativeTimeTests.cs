using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class RelativeTimeTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 5, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, "baru saja")]
    [InlineData(59, "baru saja")]
    [InlineData(-300, "baru saja")]
    [InlineData(60, "1 menit lalu")]
    [InlineData(5 * 60 + 30, "5 menit lalu")]
    [InlineData(59 * 60 + 59, "59 menit lalu")]
    [InlineData(3600, "1 jam lalu")]
    [InlineData(2 * 3600, "2 jam lalu")]
    [InlineData(23 * 3600 + 3599, "23 jam lalu")]
    [InlineData(24 * 3600, "1 hari lalu")]
    [InlineData(6 * 86400 + 86399, "6 hari lalu")]
    [InlineData(7 * 86400, "19 November 2026")]
    [InlineData(400 * 86400, "22 Oktober 2025")]
    public void Format_UsesTempoWording(int secondsAgo, string expected)
    {
        Assert.Equal(expected, RelativeTime.Format(Now.AddSeconds(-secondsAgo), Now));
    }

    [Theory]
    [InlineData("baru saja", 0)]
    [InlineData("30 detik lalu", 30)]
    [InlineData("5 menit lalu", 300)]
    [InlineData("2 jam lalu", 7200)]
    [InlineData("1 hari lalu", 86400)]
    [InlineData("3 hari yang lalu", 3 * 86400)]
    [InlineData("2 minggu lalu", 14 * 86400)]
    [InlineData("  23 JAM LALU ", 23 * 3600)]
    public void TryParse_ReadsRelativeTimes(string text, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RelativeTime.TryParse(text));
    }

    [Theory]
    [InlineData("Baca Selengkapnya")]
    [InlineData("2 jam")]
    [InlineData("dua jam lalu")]
    [InlineData("")]
    public void TryParse_OtherText_IsNull(string text)
    {
        Assert.Null(RelativeTime.TryParse(text));
    }
}
