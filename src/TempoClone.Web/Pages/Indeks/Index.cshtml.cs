using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Indeks;

/// <summary>Tempo's index: every story by date, optionally one day (WIB) and one kanal.</summary>
[OutputCache(PolicyName = ReaderCache.Policy), ReaderQueryKeys("tanggal", "kanal", "page", ListPager.OlderKey, ListPager.NewerKey)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tanggal")] public string? Date { get; set; }
    [BindProperty(SupportsGet = true, Name = "kanal")] public string? Kanal { get; set; }
    // CASE: "page" is a route value Razor Pages reserves (the page path), so the query parameter is named explicitly.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }
    [FromQuery(Name = ListPager.OlderKey)] public string? Older { get; set; }
    [FromQuery(Name = ListPager.NewerKey)] public string? Newer { get; set; }

    public StoryPage List { get; private set; } = null!;
    public IReadOnlyList<KanalListItem> Kanals { get; private set; } = [];
    public DateOnly? Day { get; private set; }
    public DateTime NowUtc { get; private set; }
    /// <summary>This page's stories under a heading per WIB day, newest day first.</summary>
    public IReadOnlyList<(DateOnly Day, IReadOnlyList<StoryCard> Stories)> Days { get; private set; } = [];
    /// <summary>The days the day links lead to: the one before, and the one after unless it is still to come.</summary>
    public DateOnly PreviousDay { get; private set; }
    public DateOnly? NextDay { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (ListPosition.Read(PageNumber, Older, Newer) is not { } position) return NotFound();
        NowUtc = clock.GetUtcNow().UtcDateTime;
        var stories = db.Articles.AsNoTracking().Published(NowUtc);

        if (JakartaTime.ParseDay(Date) is { } day)
        {
            Day = day;
            var fromUtc = JakartaTime.DayStartUtc(day);
            var toUtc = fromUtc.AddDays(1);
            stories = stories.Where(a => a.PublishedAtUtc >= fromUtc && a.PublishedAtUtc < toUtc);
        }
        if (!string.IsNullOrEmpty(Kanal)) stories = stories.Where(a => a.Kanal.Slug == Kanal);

        var query = string.Join("&", new[] { Day is null ? null : $"tanggal={Day.Value.ToString(JakartaTime.DayFormat, CultureInfo.InvariantCulture)}", string.IsNullOrEmpty(Kanal) ? null : $"kanal={Uri.EscapeDataString(Kanal)}" }.OfType<string>());
        List = await StoryPage.LoadAsync(stories, position, site.Value.PageSize, UrlMap.Indeks + (query.Length > 0 ? "?" + query : ""));
        Kanals = await db.LiveKanalListAsync(NowUtc);

        Days = List.Stories.GroupBy(s => DayOf(s.PublishedAtUtc)).Select(g => (g.Key, (IReadOnlyList<StoryCard>)g.ToList())).ToList();
        var today = DayOf(NowUtc);
        var shown = Day ?? today;
        PreviousDay = shown.AddDays(-1);
        NextDay = Day is { } chosen && chosen < today ? chosen.AddDays(1) : null;
        return Page();
    }

    /// <summary>The indeks of one day, keeping the kanal chosen.</summary>
    public string UrlOfDay(DateOnly day) =>
        $"{UrlMap.Indeks}?tanggal={day.ToString(JakartaTime.DayFormat, CultureInfo.InvariantCulture)}" + (string.IsNullOrEmpty(Kanal) ? "" : $"&kanal={Uri.EscapeDataString(Kanal)}");

    /// <summary>"Kamis, 31 Agustus 2023"</summary>
    public static string DayHeading(DateOnly day) => $"{JakartaTime.DayNames[(int)day.DayOfWeek]}, {day.Day} {JakartaTime.MonthNames[day.Month - 1]} {day.Year}";

    private static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(JakartaTime.ToJakarta(utc).DateTime);
}
