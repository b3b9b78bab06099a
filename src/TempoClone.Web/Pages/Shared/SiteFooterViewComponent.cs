using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Pages.SitePages;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The footer: every kanal, the standing pages (Redaksi, Pedoman Media Siber, …) and the corrections list.</summary>
public class SiteFooterViewComponent(TempoDbContext db) : ViewComponent
{
    public sealed record FooterView(IReadOnlyList<KanalLink> Kanals, IReadOnlyList<KanalLink> Pages);

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var kanals = await db.Kanals.AsNoTracking().OrderBy(k => k.Name).Select(k => new KanalLink(k.Slug, k.Name)).ToListAsync();
        var pages = await db.SitePages.AsNoTracking().OrderBy(p => p.Id).Select(p => new KanalLink(p.Slug, p.Title)).ToListAsync();
        return View(new FooterView(kanals, [.. pages, new KanalLink(ReaderPaths.Corrections, "Ralat")]));
    }
}
