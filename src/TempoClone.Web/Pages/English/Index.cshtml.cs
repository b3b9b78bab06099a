using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.English;

/// <summary>/en: the English edition's stories, whatever their kanal, newest first; the site's own words stay Indonesian.</summary>
[OutputCache(PolicyName = ReaderCache.Policy), ReaderQueryKeys("page", ListPager.OlderKey, ListPager.NewerKey)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : StoryListPageModel(db, clock, site)
{
    public const string Title = "Tempo English";

    public async Task<IActionResult> OnGetAsync()
    {
        return await ShowAsync(Title, stories => stories.Where(a => a.Language == ArticleLanguages.English), UrlMap.English) ? Page() : NotFound();
    }
}
