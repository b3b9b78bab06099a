using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;

namespace TempoClone.Web.Pages.Tags;

[OutputCache(PolicyName = ReaderCache.Policy)]
public class ShowModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    public string TagName { get; private set; } = "";
    public StoryPage List { get; private set; } = null!;
    public DateTime NowUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        var tag = await db.Tags.AsNoTracking().Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).SingleOrDefaultAsync();
        if (tag is null) return NotFound();

        NowUtc = clock.GetUtcNow().UtcDateTime;
        TagName = tag.Name;
        var stories = db.Articles.AsNoTracking().Published(NowUtc).Where(a => a.Tags.Any(t => t.TagId == tag.Id));
        List = await StoryPage.LoadAsync(stories, pageNumber, site.Value.PageSize, "/tag/" + slug);
        return Page();
    }
}
