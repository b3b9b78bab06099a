using System.Globalization;

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

    /// <summary>
    /// An article's date line in its own language: "Kamis, 31 Agustus 2023 17:06 WIB", "Thursday, 31 August 2023 17:06 WIB".
    /// CASE: an archive story whose page gave only a day is stored at 00:00 WIB and shown without a clock time
    /// ("Senin, 30 Maret 2020"); docs/decisions.md says why a stored midnight means "no time".
    /// </summary>
    public static string ArticleDateLine(DateTime utc, string language)
    {
        var local = ToJakarta(utc);
        var english = language == "en";
        var day = english ? CultureInfo.InvariantCulture.DateTimeFormat.DayNames[(int)local.DayOfWeek] : DayNames[(int)local.DayOfWeek];
        var month = english ? CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[local.Month - 1] : MonthNames[local.Month - 1];
        var date = $"{day}, {local.Day} {month} {local.Year}";
        return HasNoTime(utc) ? date : $"{date} {local:HH:mm} WIB";
    }

    /// <summary>Exactly 00:00:00 WIB: the stored form of a day whose time the source never gave.</summary>
    public static bool HasNoTime(DateTime utc) => ToJakarta(utc).TimeOfDay == TimeSpan.Zero;

    /// <summary>"31 Agustus 2023"</summary>
    public static string ShortDate(DateTime utc)
    {
        var local = ToJakarta(utc);
        return $"{local.Day} {MonthNames[local.Month - 1]} {local.Year}";
    }

    /// <summary>"1 Desember 2026 10:00 WIB", as a dated note (a correction) reads: the dateline's clock, one time format everywhere.</summary>
    public static string Stamp(DateTime utc) => $"{ShortDate(utc)} {Clock(utc)} WIB";

    /// <summary>"Senin, 1 Desember 2026 07:00 WIB": when a scheduled story goes out, as the editor is told.</summary>
    public static string LongStamp(DateTime utc) => $"{DayNames[(int)ToJakarta(utc).DayOfWeek]}, {Stamp(utc)}";

    /// <summary>"14:05", the time of day as the dateline writes it (the one time format of the site, reader and editor alike).</summary>
    public static string Clock(DateTime utc) => ToJakarta(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 with the +07:00 offset, for &lt;time datetime&gt;.</summary>
    public static string Iso(DateTime utc) => ToJakarta(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>How our query strings and links write a day: "2026-11-26" (a date input's form too).</summary>
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>How Indonesian readers write a day, and how a filter shows a day back: "31/08/2023".</summary>
    public const string TypedDayFormat = "dd/MM/yyyy";

    /// <summary>The hint beside a typed-day field.</summary>
    public const string DayHint = "hh/bb/tttt, misalnya 31/08/2023";

    /// <summary>A reader's own forms (31/08/2023, 31-8-2023, 31.08.2023) and the ISO form of our links.</summary>
    private static readonly string[] DayFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", DayFormat];

    /// <summary>How a datetime-local input writes a WIB time: "2026-11-26T17:06" (browsers may add seconds).</summary>
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>The one parser for a typed WIB day (day first, as Indonesians write it, or ISO); null for anything else, or a year no story has.</summary>
    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && IsPlausible(day.Year) ? day : null;

    /// <summary>"31/08/2023", the form the filters show back.</summary>
    public static string TypedDay(DateOnly day) => day.ToString(TypedDayFormat, CultureInfo.InvariantCulture);

    /// <summary>The first instant (UTC) of a WIB day.</summary>
    public static DateTime DayStartUtc(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>How the editor types a WIB time, day first: "01/12/2026 07:00" (07.00, as Indonesian prose writes it, works too).</summary>
    public const string TypedTimeFormat = "dd/MM/yyyy HH:mm";

    /// <summary>The hint for a date in the past (an archive page's), with an example such a field accepts.</summary>
    public const string ArchiveTimeHint = "hh/bb/tttt jj:mm, misalnya 31/08/2023 17:06";

    /// <summary>The hint beside a typed-time field, its example tomorrow at 07.00 WIB: a time every field accepts.</summary>
    public static string TimeHintAt(DateTime nowUtc) =>
        "hh/bb/tttt jj:mm, misalnya " + TypedTime(ToUtc(ToJakarta(nowUtc).Date.AddDays(1).AddHours(7)));

    private static readonly string[] TimeFormats =
        [InputFormat, InputFormat + ":ss", "d/M/yyyy H.mm", "d/M/yyyy H:mm", "d-M-yyyy H.mm", "d-M-yyyy H:mm", "d.M.yyyy H.mm", "d.M.yyyy H:mm"];

    /// <summary>The one parser for a typed WIB time ("01/12/2026 07:00" or "07.00", or a datetime-local input's "2026-11-26T17:06"), as UTC; null for anything else.</summary>
    public static DateTime? ParseInput(string? text) =>
        DateTime.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var local) && IsPlausible(local.Year)
            ? ToUtc(local)
            : null;

    /// <summary>An instant as a datetime-local input shows it, in WIB.</summary>
    public static string InputValue(DateTime utc) => ToJakarta(utc).ToString(InputFormat, CultureInfo.InvariantCulture);

    /// <summary>An instant as the editor types it, in WIB: "01/12/2026 07:00".</summary>
    public static string TypedTime(DateTime utc) => ToJakarta(utc).ToString(TypedTimeFormat, CultureInfo.InvariantCulture);

    private static bool IsPlausible(int year) => year is > 1900 and < 3000;

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
