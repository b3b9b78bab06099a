using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Articles;

/// <summary>
/// Tempo's older URL shapes — /read/{id}/{slug}, /amp/{id}/{slug}, /read/news/{yyyy}/{mm}/{dd}/{id}/{slug} —
/// answer 301 with today's canonical URL (routes in Rendering/UrlMap.cs).
/// </summary>
public class LegacyModel(TempoDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var url = await db.Articles.AsNoTracking().Published(clock.GetUtcNow().UtcDateTime).Where(a => a.Id == id)
            .Select(a => new { Kanal = a.Kanal.Slug, a.Slug }).SingleOrDefaultAsync();
        return url is null ? NotFound() : RedirectPermanent(ArticleLinks.Path(url.Kanal, url.Slug, id));
    }
}
