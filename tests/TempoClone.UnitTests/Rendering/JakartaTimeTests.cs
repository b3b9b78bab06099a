using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Rendering;

public class JakartaTimeTests
{
    [Theory]
    [InlineData("2023-08-31T10:06:00Z", "Kamis, 31 Agustus 2023 17:06 WIB")]
    [InlineData("2023-12-31T17:30:00Z", "Senin, 1 Januari 2024 00:30 WIB")]
    [InlineData("2024-03-03T00:00:00Z", "Minggu, 3 Maret 2024 07:00 WIB")]
    [InlineData("2025-05-16T05:45:00Z", "Jumat, 16 Mei 2025 12:45 WIB")]
    public void DateLine_FormatsInWibWithIndonesianNames(string utc, string expected)
    {
        Assert.Equal(expected, JakartaTime.DateLine(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
    }

    [Fact]
    public void Iso_CarriesThePlusSevenOffset()
    {
        Assert.Equal("2023-08-31T17:06:00+07:00", JakartaTime.Iso(new DateTime(2023, 8, 31, 10, 6, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void ToUtc_IsTheInverseOfToJakarta()
    {
        var utc = JakartaTime.ToUtc(new DateTime(2023, 8, 31, 17, 6, 0));

        Assert.Equal(new DateTime(2023, 8, 31, 10, 6, 0, DateTimeKind.Utc), utc);
        Assert.Equal(TimeSpan.FromHours(7), JakartaTime.ToJakarta(utc).Offset);
    }

    [Fact]
    public void Stamp_ReadsAsACorrectionNote() =>
        Assert.Equal("1 Desember 2026 10:00 WIB", JakartaTime.Stamp(new DateTime(2026, 12, 1, 3, 0, 0, DateTimeKind.Utc)));
}
