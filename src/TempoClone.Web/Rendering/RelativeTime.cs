using System.Text.RegularExpressions;

namespace TempoClone.Web.Rendering;

/// <summary>Tempo's relative times: "baru saja", "5 menit lalu", "2 jam lalu", "1 hari lalu", then the date.</summary>
public static partial class RelativeTime
{
    public static readonly TimeSpan ShownAsDateAfter = TimeSpan.FromDays(7);

    public static string Format(DateTime thenUtc, DateTime nowUtc)
    {
        var age = nowUtc - thenUtc;
        // CASE: a clock a little behind the publisher's still reads as just now, never "-1 menit".
        if (age < TimeSpan.FromMinutes(1)) return "baru saja";
        if (age < TimeSpan.FromHours(1)) return $"{(int)age.TotalMinutes} menit lalu";
        if (age < TimeSpan.FromDays(1)) return $"{(int)age.TotalHours} jam lalu";
        if (age < ShownAsDateAfter) return $"{(int)age.TotalDays} hari lalu";
        return JakartaTime.ShortDate(thenUtc);
    }

    /// <summary>Reads "2 jam lalu", "1 hari yang lalu", "baru saja" back into an age; null when the text is no relative time.</summary>
    public static TimeSpan? TryParse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Equals("baru saja", StringComparison.OrdinalIgnoreCase)) return TimeSpan.Zero;

        var match = RelativePattern().Match(trimmed);
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, out var n)) return null;

        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "detik" => TimeSpan.FromSeconds(n),
            "menit" => TimeSpan.FromMinutes(n),
            "jam" => TimeSpan.FromHours(n),
            "hari" => TimeSpan.FromDays(n),
            "minggu" => TimeSpan.FromDays(7 * n),
            "bulan" => TimeSpan.FromDays(30 * n),
            _ => TimeSpan.FromDays(365 * n),
        };
    }

    [GeneratedRegex(@"^(?<n>\d{1,4})\s+(?<unit>detik|menit|jam|hari|minggu|bulan|tahun)\s+(yang\s+)?lalu$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativePattern();
}
