using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The footer: every kanal with a live story, the standing pages (Redaksi, Pedoman Media Siber, …) and the corrections list.</summary>
public class SiteFooterViewComponent(TempoDbContext db, TimeProvider clock) : ViewComponent
{
    public sealed record FooterLink(string Url, string Name);

    public sealed record FooterView(IReadOnlyList<KanalListItem> Kanals, IReadOnlyList<FooterLink> Pages);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var pages = await db.SitePages.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Slug, p.Title }).ToListAsync();
        return View(new FooterView(await db.LiveKanalListAsync(clock.GetUtcNow().UtcDateTime),
            [.. pages.Select(p => new FooterLink(UrlMap.SitePage(p.Slug), p.Title)), new FooterLink(UrlMap.Corrections, "Ralat")]));
    }
}
