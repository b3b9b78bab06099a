using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Foto;

/// <summary>/foto: the photo stories (Tempo's Foto: a story with a gallery), whatever their kanal, newest first.</summary>
[OutputCache(PolicyName = ReaderCache.Policy), ReaderQueryKeys("page", ListPager.OlderKey, ListPager.NewerKey)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site) : StoryListPageModel(db, clock, site)
{
    public const string Title = "Foto";

    public async Task<IActionResult> OnGetAsync() =>
        await ShowAsync(Title, stories => stories.Where(a => a.IsPhotoStory), UrlMap.Foto) ? Page() : NotFound();
}
