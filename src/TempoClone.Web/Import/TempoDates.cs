using System.Globalization;
using System.Text.RegularExpressions;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Import;

/// <summary>A date read from a page: the instant (UTC) and whether the page gave a time of day.</summary>
/// <remarks>A date without a time is stored as 00:00 WIB of that day and shown without a clock time (docs/decisions.md).</remarks>
public readonly record struct TempoDate(DateTime Utc, bool HasTime, bool IsEnglish);

/// <summary>
/// The date lines of every Tempo era and edition, all Jakarta time: "Kamis, 31 Agustus 2023 17:06 WIB" (2023),
/// "20 Februari 2025 | 08.16 WIB" (2024–), "Selasa, 05 Juni 2012 | 14:25 WIB" (2010s), "Senin, 30 Maret 2020"
/// (Koran and Majalah pages, no time), the English edition's "16 August 2023 17:35 WIB", "Thursday, 31 August 2023",
/// "November 11, 2019" and "Monday, October 13, 2025", the typed "31/08/2023" and "22/06/2016 19.41", and the date in
/// an address ("/read/news/2016/06/22/…", magz "/2017/04/25/…").
/// </summary>
public static partial class TempoDates
{
    public static bool TryParse(string text, out DateTime utc)
    {
        var found = Read(text);
        utc = found?.Utc ?? default;
        return found is not null;
    }

    /// <summary>The date of a whole line, or null when the line is not a date line (or names an impossible day).</summary>
    public static TempoDate? Read(string text)
    {
        var line = LabelPattern().Replace(text.Trim(), "");
        if (DayFirstPattern().Match(line) is { Success: true } dayFirst) return From(dayFirst);
        // CASE: month before day ("November 11, 2019") is the English edition's order; Indonesian never writes it.
        if (MonthFirstPattern().Match(line) is { Success: true } monthFirst) return From(monthFirst) is { } us ? us with { IsEnglish = true } : null;
        if (NumericPattern().Match(line) is { Success: true } numeric)
        {
            var month = int.Parse(numeric.Groups["month"].Value);
            return month is < 1 or > 12 ? null : Build(numeric, month, isEnglish: false);
        }
        return null;
    }

    public static bool LooksLikeDate(string text)
    {
        var line = LabelPattern().Replace(text.Trim(), "");
        return DayFirstPattern().IsMatch(line) || MonthFirstPattern().IsMatch(line) || NumericPattern().IsMatch(line);
    }

    /// <summary>The day in a page address's path ("/read/news/2016/06/22/…", "/2017/04/25/1181"): a date without a time.</summary>
    public static TempoDate? InAddress(string path)
    {
        var match = AddressDatePattern().Match(path);
        if (!match.Success) return null;
        int year = int.Parse(match.Groups["year"].Value), month = int.Parse(match.Groups["month"].Value), day = int.Parse(match.Groups["day"].Value);
        if (year < 1971 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new TempoDate(JakartaTime.ToUtc(new DateTime(year, month, day)), false, false);
    }

    private static TempoDate? From(Match match)
    {
        var name = match.Groups["month"].Value;
        var month = MonthNumber(name, out var isEnglish);
        if (month == 0) return null;
        // CASE: an English day name ("Thursday, 31 August 2023") marks the English edition even with a month both languages share.
        isEnglish |= match.Groups["weekday"].Success && EnglishDays.Contains(match.Groups["weekday"].Value);
        return Build(match, month, isEnglish);
    }

    private static TempoDate? Build(Match match, int month, bool isEnglish)
    {
        var day = int.Parse(match.Groups["day"].Value);
        var year = int.Parse(match.Groups["year"].Value);
        var hasTime = match.Groups["hour"].Success;
        var hour = hasTime ? int.Parse(match.Groups["hour"].Value) : 0;
        var minute = hasTime ? int.Parse(match.Groups["minute"].Value) : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12) return null;
            var pm = match.Groups["ampm"].Value.StartsWith('p') || match.Groups["ampm"].Value.StartsWith('P');
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (year < 1900 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59) return null;
        // CASE: the archive prints "00.00 WIB" for a story whose time it never knew (magazine, Prelude, Arsip): no time.
        if (hasTime && hour == 0 && minute == 0) hasTime = false;
        return new TempoDate(JakartaTime.ToUtc(new DateTime(year, month, day, hour, minute, 0)), hasTime, isEnglish);
    }

    /// <summary>An Indonesian or English month, in full or as 3–4 letters ("Agu", "Agt", "Sept", "Aug", "Oct"); 0 for anything else.</summary>
    private static int MonthNumber(string name, out bool isEnglish)
    {
        isEnglish = false;
        if (name.Equals("Agt", StringComparison.OrdinalIgnoreCase) || name.Equals("Ags", StringComparison.OrdinalIgnoreCase)) return 8;
        var indonesian = Find(JakartaTime.MonthNames, name);
        if (indonesian > 0) return indonesian;
        var english = Find(EnglishMonths, name);
        isEnglish = english > 0;
        return english;
    }

    private static int Find(string[] months, string name) =>
        Array.FindIndex(months, month =>
            month.Equals(name, StringComparison.OrdinalIgnoreCase)
            || (name.Length is 3 or 4 && month.StartsWith(name, StringComparison.OrdinalIgnoreCase))) + 1;

    public static readonly string[] EnglishMonths = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public static readonly string[] EnglishDayNames = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    private static readonly HashSet<string> EnglishDays = new(EnglishDayNames, StringComparer.OrdinalIgnoreCase);

    private const string Weekday =
        @"(?:(?<weekday>Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+)?";

    // "| 08.16 WIB", ", 14:25 WIB", " - pukul 09.15", " 10:30 am"
    private const string Time = @"(?:\s*[|,\-–•]?\s*(?:pukul\s+|at\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:\s*(?<ampm>[ap]\.?m\.?))?)?(?:\s*(?:WIB|GMT\+7|GMT\+07:00))?";

    [GeneratedRegex(@"^" + Weekday + @"(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{4})" + Time + "$", RegexOptions.IgnoreCase)]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"^" + Weekday + @"(?<month>[A-Za-z]{3,9})\.?\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})" + Time + "$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstPattern();

    // Day first, as Indonesians type it: "31/08/2023", "22/06/2016 19.41", "31-08-2023".
    [GeneratedRegex(@"^" + Weekday + @"(?<day>\d{1,2})[/\-.](?<month>\d{1,2})[/\-.](?<year>\d{4})" + Time + "$", RegexOptions.IgnoreCase)]
    private static partial Regex NumericPattern();

    // "Edition: Tuesday, April 25, 2017", "Edisi: Senin, 3 Oktober 1998", "Diterbitkan: …"
    [GeneratedRegex(@"^(?:Edition|Edisi|Diterbitkan|Terbit|Published|Dipublikasikan)\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"/(?<year>(?:19|20)\d{2})/(?<month>\d{2})/(?<day>\d{2})/")]
    private static partial Regex AddressDatePattern();
}
