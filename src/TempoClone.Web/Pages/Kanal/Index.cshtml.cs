using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Popularity;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Kanal;

/// <summary>
/// A kanal's front: on its first page a lead story (the newest of the first few with a photo) above the list, and a
/// rail with the kanal's stories among the editors' Pilihan Editor and the kanal's own Terpopuler.
/// </summary>
[OutputCache(PolicyName = ReaderCache.Policy), ReaderQueryKeys("page", ListPager.OlderKey, ListPager.NewerKey)]
public class IndexModel(TempoDbContext db, TimeProvider clock, IOptions<SiteOptions> site, EditorsPicks editorsPicks, MostRead mostRead) : StoryListPageModel(db, clock, site)
{
    /// <summary>How far down the first page the lead is looked for: a photo story further down is no longer the news of the kanal.</summary>
    private const int LeadSearchDepth = 5;

    public string KanalSlug { get; private set; } = "";
    public StoryCard? Lead { get; private set; }
    public StoryPage Rest { get; private set; } = null!;
    public IReadOnlyList<StoryCard> Picks { get; private set; } = [];
    public IReadOnlyList<StoryCard> MostReadDay { get; private set; } = [];
    public IReadOnlyList<StoryCard> MostReadWeek { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string kanal)
    {
        var slug = kanal.ToLowerInvariant();
        var found = await Db.Kanals.AsNoTracking().InUse(Db.Articles, Now).Where(k => k.Slug == slug).Select(k => new { k.Id, k.Name }).SingleOrDefaultAsync();
        if (found is null) return NotFound();
        if (kanal != slug) return RedirectPermanent(UrlMap.Kanal(slug) + Request.QueryString);

        KanalSlug = slug;
        HttpContext.TagReaderPage([ReaderTags.Kanal(found.Id)]);
        if (!await ShowAsync(found.Name, stories => stories.Where(a => a.KanalId == found.Id), UrlMap.Kanal(slug))) return NotFound();
        // CASE: only the newest page (nothing newer to link to) is the kanal's front with a lead.
        Lead = List.Pager.NewerUrl is null ? List.Stories.Take(LeadSearchDepth).FirstOrDefault(s => s.Thumbnail is not null && s.HasFullText) : null;
        Rest = List with { Stories = [.. List.Stories.Where(s => s != Lead)] };
        Picks = [.. (await editorsPicks.CurrentAsync(EditorsPicks.MaxShown)).Where(p => p.KanalSlug == slug)];
        (MostReadDay, MostReadWeek) = await mostRead.InKanalAsync(found.Id);
        return Page();
    }
}
