using System.Globalization;

namespace TempoClone.Web.Rendering;

/// <summary>
/// A place in a newest-first story list: the publish time and id of a story, written into the URL as
/// "20261120083000-12345" (UTC, digits only; sub-second digits follow the seconds when the time has them, as
/// "20261120083000.1234567-12345"). A deep page is found by an index seek from here, whatever the archive's size,
/// and the link stays the same page for as long as the stories in it do (no page numbers that shift as news comes in).
/// </summary>
public readonly record struct StoryCursor(DateTime PublishedAtUtc, int Id)
{
    private const string SecondsFormat = "yyyyMMddHHmmss";

    public override string ToString()
    {
        var fraction = PublishedAtUtc.Ticks % TimeSpan.TicksPerSecond;
        var seconds = PublishedAtUtc.ToString(SecondsFormat, CultureInfo.InvariantCulture);
        return fraction == 0 ? $"{seconds}-{Id}" : $"{seconds}.{fraction:0000000}-{Id}";
    }

    /// <summary>Null for anything that is not a cursor this class wrote (the caller answers 400).</summary>
    public static StoryCursor? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 40) return null;
        var dash = text.IndexOf('-');
        if (dash < SecondsFormat.Length) return null;
        var time = text[..dash];
        var fraction = 0L;
        if (time.Length > SecondsFormat.Length)
        {
            var digits = time[(SecondsFormat.Length + 1)..];
            if (time[SecondsFormat.Length] != '.' || digits.Length is 0 or > 7 || !digits.All(char.IsAsciiDigit)) return null;
            fraction = long.Parse(digits.PadRight(7, '0'), CultureInfo.InvariantCulture);
            time = time[..SecondsFormat.Length];
        }
        if (!DateTime.TryParseExact(time, SecondsFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var seconds)) return null;
        if (!int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) return null;
        return new StoryCursor(DateTime.SpecifyKind(seconds.AddTicks(fraction), DateTimeKind.Utc), id);
    }
}
