using System.Text.RegularExpressions;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Import;

/// <summary>
/// The date lines of every Tempo era, all Jakarta time: "Kamis, 31 Agustus 2023 17:06 WIB" (2023),
/// "20 Februari 2025 | 08.16 WIB" (2024–), "Selasa, 05 Juni 2012 | 14:25 WIB" (2010s), "Senin, 30 Maret 2020"
/// (Koran and Majalah pages, no time: midnight WIB).
/// </summary>
public static partial class TempoDates
{
    public static bool TryParse(string text, out DateTime utc)
    {
        utc = default;
        var match = DatePattern().Match(text.Trim());
        if (!match.Success) return false;

        var month = MonthNumber(match.Groups["month"].Value);
        if (month == 0) return false;
        var day = int.Parse(match.Groups["day"].Value);
        var year = int.Parse(match.Groups["year"].Value);
        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value) : 0;
        if (year < 1900 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59) return false;

        utc = JakartaTime.ToUtc(new DateTime(year, month, day, hour, minute, 0));
        return true;
    }

    public static bool LooksLikeDate(string text) => DatePattern().IsMatch(text.Trim());

    /// <summary>A full Indonesian month name or a 3-4 letter abbreviation ("Agu", "Agt", "Sept"); 0 for anything else.</summary>
    private static int MonthNumber(string name)
    {
        if (name.Equals("Agt", StringComparison.OrdinalIgnoreCase) || name.Equals("Ags", StringComparison.OrdinalIgnoreCase)) return 8;
        return Array.FindIndex(JakartaTime.MonthNames, month =>
            month.Equals(name, StringComparison.OrdinalIgnoreCase)
            || (name.Length is 3 or 4 && month.StartsWith(name, StringComparison.OrdinalIgnoreCase))) + 1;
    }

    [GeneratedRegex(
        @"^(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad),?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\.?\s+(?<year>\d{4})" +
        @"(?:\s*[|,\-–]?\s*(?:pukul\s+)?(?<hour>\d{1,2})[:.](?<minute>\d{2}))?(?:\s*WIB)?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();
}
