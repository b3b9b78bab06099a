namespace TempoClone.Web.Rendering;

/// <summary>Tempo prints every time in WIB (Asia/Jakarta, UTC+7, no daylight saving) with Indonesian names.</summary>
public static class JakartaTime
{
    public static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    public static readonly string[] MonthNames =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    // REVIEW: a container without tzdata has no "Asia/Jakarta"; WIB has been a fixed +07:00 since 1964, so a fixed zone is exact.
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToJakarta(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), Zone);

    public static DateTime ToUtc(DateTime jakartaLocal) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(jakartaLocal, DateTimeKind.Unspecified), Zone);

    /// <summary>"Kamis, 31 Agustus 2023 17:06 WIB"</summary>
    public static string DateLine(DateTime utc)
    {
        var local = ToJakarta(utc);
        return $"{DayNames[(int)local.DayOfWeek]}, {ShortDate(utc)} {local:HH:mm} WIB";
    }

    /// <summary>"31 Agustus 2023"</summary>
    public static string ShortDate(DateTime utc)
    {
        var local = ToJakarta(utc);
        return $"{local.Day} {MonthNames[local.Month - 1]} {local.Year}";
    }

    /// <summary>"1 Desember 2026 10.00 WIB", as a dated note (a correction) reads.</summary>
    public static string Stamp(DateTime utc) => $"{ShortDate(utc)} {ToJakarta(utc):HH.mm} WIB";

    /// <summary>ISO 8601 with the +07:00 offset, for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTime utc) => ToJakarta(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
        }
    }
}
