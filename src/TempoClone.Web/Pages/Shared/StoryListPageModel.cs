using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Shared;

/// <summary>What the kanal, tag and reporter pages share: a heading and one page of the published stories that match.</summary>
public abstract class StoryListPageModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    public string Heading { get; private set; } = "";
    public StoryPage List { get; private set; } = null!;
    public DateTime NowUtc { get; private set; }

    protected TempoDbContext Db => db;
    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    protected async Task ShowAsync(string heading, Func<IQueryable<Article>, IQueryable<Article>> filter, string basePath, int? pageNumber)
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Heading = heading;
        List = await StoryPage.LoadAsync(filter(db.Articles.AsNoTracking().Published(NowUtc)), pageNumber, site.Value.PageSize, basePath);
    }
}
