using System.Globalization;

namespace TempoClone.Web.Rendering;

/// <summary>A day as Indonesian readers write it: "31/08/2023" (also 31-8-2023 or 31.08.2023); the ISO form of old links too.</summary>
public static class IndonesianDate
{
    private static readonly string[] Formats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public const string Hint = "hh/bb/tttt, misalnya 31/08/2023";

    public static DateOnly? TryParse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is > 1900 and < 3000
            ? day
            : null;

    /// <summary>"31/08/2023", the form the filters show back.</summary>
    public static string Format(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
