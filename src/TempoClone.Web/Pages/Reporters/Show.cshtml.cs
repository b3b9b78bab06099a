using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Reporters;

/// <summary>A reporter's (or editor's) stories, newest first.</summary>
[OutputCache(PolicyName = ReaderCache.PagedPolicy)]
public class ShowModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : StoryListPageModel(db, clock, site)
{
    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var reporter = await Db.Reporters.AsNoTracking().InUse(Db.Articles, Now).Where(r => r.Slug == slug).Select(r => new { r.Id, r.Name }).SingleOrDefaultAsync();
        if (reporter is null) return NotFound();
        HttpContext.TagReaderPage([ReaderTags.Reporter(reporter.Id)]);
        return await ShowAsync(reporter.Name, stories => stories.Where(a => a.Bylines.Any(b => b.ReporterId == reporter.Id)), UrlMap.Reporter(slug)) ? Page() : NotFound();
    }
}
