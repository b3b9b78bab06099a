using System.Globalization;

namespace TempoClone.Web.Rendering;

/// <summary>
/// A count that stops at <see cref="Limit"/>: at Tempo's size a reporter or a kanal has hundreds of thousands of
/// stories, and counting them all on every page grew with the archive (issue 20). Count with
/// <c>Take(CappedCount.Limit + 1)</c>; past the limit the page says "Lebih dari 1.000".
/// </summary>
public static class CappedCount
{
    public const int Limit = 1000;

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Text(int counted) =>
        (counted > Limit ? "Lebih dari " : "") + Math.Min(counted, Limit).ToString("N0", Indonesian);
}
