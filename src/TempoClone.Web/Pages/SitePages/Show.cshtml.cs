using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.SitePages;

/// <summary>A standing page (Redaksi, Kontak, …) at its own address, its Markdown rendered by the one safe pipeline when saved.</summary>
[OutputCache(PolicyName = ReaderCache.Policy)]
public class ShowModel(TempoDbContext db) : PageModel
{
    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public HtmlString BodyHtml { get; private set; } = HtmlString.Empty;
    public DateTime UpdatedAtUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // The routes are literal addresses (see UrlMap.SitePages), so the address itself names the page.
        var path = Request.Path.Value!.Trim('/');
        var slug = path.ToLowerInvariant();
        var page = await db.SitePages.AsNoTracking().Where(p => p.Slug == slug)
            .Select(p => new { p.Title, p.BodyHtml, p.UpdatedAtUtc }).SingleOrDefaultAsync();
        if (page is null) return NotFound();
        if (path != slug) return RedirectPermanent("/" + slug);

        (Title, Slug, UpdatedAtUtc) = (page.Title, slug, page.UpdatedAtUtc);
        BodyHtml = new HtmlString(page.BodyHtml ?? "");
        return Page();
    }
}
