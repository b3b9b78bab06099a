using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Shared;

/// <summary>What the kanal, tag and reporter pages share: a heading and one page of the published stories that match.</summary>
public abstract class StoryListPageModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    public string Heading { get; private set; } = "";
    public StoryPage List { get; private set; } = null!;
    public DateTime NowUtc { get; private set; }

    // CASE: "page" is a reserved route value in Razor Pages, so the query parameters are bound by name.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }
    [FromQuery(Name = ListPager.OlderKey)] public string? Older { get; set; }
    [FromQuery(Name = ListPager.NewerKey)] public string? Newer { get; set; }

    protected TempoDbContext Db => db;
    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>False when the URL asks for a page there is no such page (the caller answers 404).</summary>
    protected async Task<bool> ShowAsync(string heading, Func<IQueryable<Article>, IQueryable<Article>> filter, string basePath)
    {
        if (ListPosition.Read(PageNumber, Older, Newer) is not { } position) return false;
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Heading = heading;
        List = await StoryPage.LoadAsync(filter(db.Articles.AsNoTracking().Published(NowUtc)), position, site.Value.PageSize, basePath);
        return true;
    }
}
