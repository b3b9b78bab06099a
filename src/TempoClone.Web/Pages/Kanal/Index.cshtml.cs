using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Kanal;

[OutputCache(PolicyName = ReaderCache.PagedPolicy)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : StoryListPageModel(db, clock, site)
{
    public string KanalSlug { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string kanal)
    {
        var slug = kanal.ToLowerInvariant();
        var found = await Db.Kanals.AsNoTracking().InUse(Db.Articles, Now).Where(k => k.Slug == slug).Select(k => new { k.Id, k.Name }).SingleOrDefaultAsync();
        if (found is null) return NotFound();
        if (kanal != slug) return RedirectPermanent(UrlMap.Kanal(slug) + Request.QueryString);

        KanalSlug = slug;
        HttpContext.TagReaderPage([ReaderTags.Kanal(found.Id)]);
        return await ShowAsync(found.Name, stories => stories.Where(a => a.KanalId == found.Id), UrlMap.Kanal(slug)) ? Page() : NotFound();
    }
}
