using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;

namespace TempoClone.Web.Pages.Reporters;

/// <summary>A reporter's (or editor's) stories, newest first.</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public class ShowModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : PageModel
{
    public string ReporterName { get; private set; } = "";
    public StoryPage List { get; private set; } = null!;
    public DateTime NowUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? pageNumber)
    {
        var reporter = await db.Reporters.AsNoTracking().Where(r => r.Slug == slug).Select(r => new { r.Id, r.Name }).SingleOrDefaultAsync();
        if (reporter is null) return NotFound();

        NowUtc = clock.GetUtcNow().UtcDateTime;
        ReporterName = reporter.Name;
        var stories = db.Articles.AsNoTracking().Published(NowUtc).Where(a => a.Bylines.Any(b => b.ReporterId == reporter.Id));
        List = await StoryPage.LoadAsync(stories, pageNumber, site.Value.PageSize, "/penulis/" + slug);
        return Page();
    }
}
