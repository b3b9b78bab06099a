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
[OutputCache(PolicyName = ReaderCache.IndeksPolicy)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tanggal")] public string? Date { get; set; }
    [BindProperty(SupportsGet = true, Name = "kanal")] public string? Kanal { get; set; }
    // CASE: "page" is a route value Razor Pages reserves (the page path), so the query parameter is named explicitly.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public StoryPage List { get; private set; } = null!;
    public IReadOnlyList<KanalListItem> Kanals { get; private set; } = [];
    public DateOnly? Day { get; private set; }
    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync()
    {
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
        List = await StoryPage.LoadAsync(stories, PageNumber, site.Value.PageSize, UrlMap.Indeks + (query.Length > 0 ? "?" + query : ""));
        Kanals = await db.LiveKanalListAsync(NowUtc);
    }
}
