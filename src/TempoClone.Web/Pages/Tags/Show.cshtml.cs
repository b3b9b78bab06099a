using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Tags;

[OutputCache(PolicyName = ReaderCache.Policy), ReaderQueryKeys("page", ListPager.OlderKey, ListPager.NewerKey)]
public class ShowModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : StoryListPageModel(db, clock, site)
{
    public async Task<IActionResult> OnGetAsync(string slug)
    {
        var tag = await Db.Tags.AsNoTracking().InUse(Db.Articles, Now).Where(t => t.Slug == slug).Select(t => new { t.Id, t.Name }).SingleOrDefaultAsync();
        if (tag is null) return NotFound();
        HttpContext.TagReaderPage([ReaderTags.Tag(tag.Id)]);
        return await ShowAsync(tag.Name, stories => stories.Where(a => a.Tags.Any(t => t.TagId == tag.Id)), UrlMap.Tag(slug)) ? Page() : NotFound();
    }
}
