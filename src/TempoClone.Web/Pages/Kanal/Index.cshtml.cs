using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;

namespace TempoClone.Web.Pages.Kanal;

[OutputCache(PolicyName = ReaderCache.Policy)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    public string KanalName { get; private set; } = "";
    public string KanalSlug { get; private set; } = "";
    public StoryPage List { get; private set; } = null!;
    public DateTime NowUtc { get; private set; }

    // CASE: "page" is a reserved route value in Razor Pages, so the query parameter is bound by name.
    public async Task<IActionResult> OnGetAsync(string kanal, [FromQuery(Name = "page")] int? pageNumber)
    {
        var slug = kanal.ToLowerInvariant();
        var found = await db.Kanals.AsNoTracking().Where(k => k.Slug == slug).Select(k => new { k.Id, k.Name }).SingleOrDefaultAsync();
        if (found is null) return NotFound();
        if (kanal != slug) return RedirectPermanent("/" + slug + Request.QueryString);

        NowUtc = clock.GetUtcNow().UtcDateTime;
        var stories = db.Articles.AsNoTracking().Published(NowUtc).Where(a => a.KanalId == found.Id);
        KanalName = found.Name;
        KanalSlug = slug;
        List = await StoryPage.LoadAsync(stories, pageNumber, site.Value.PageSize, "/" + slug);
        return Page();
    }
}
