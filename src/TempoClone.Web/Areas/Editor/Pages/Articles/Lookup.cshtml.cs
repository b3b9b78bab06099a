using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// Title search as JSON for the article form's scripts (related stories, the pick, "Baca juga"): only what this staff
/// member may see, newest first, with kanal, date and status so two stories of the same title can be told apart.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class LookupModel(TitleSearch titles, TimeProvider clock) : PageModel
{
    /// <param name="Url">The story's address on the site (live or once it is), for a "Baca juga" link in the body.</param>
    public sealed record Hit(int Id, string Title, string Reference, string Kanal, string Date, string Status, string Url);

    public async Task<IActionResult> OnGetAsync(string? q, int? exclude)
    {
        if (TextMatch.Query(q).Length == 0) return new JsonResult(Array.Empty<Hit>());
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var found = await titles.Find(User, q, exclude).Include(a => a.Kanal).ToListAsync();
        return new JsonResult(found.Select(a => new Hit(
            a.Id, a.Title, ArticleReference.Of(a.Id, a.Title), a.Kanal.Name, JakartaTime.DateLine(a.PublishedAtUtc), ArticleStatusLabel.Of(a, nowUtc),
            ArticleLinks.Path(a.Kanal.Slug, a.Slug, a.Id))));
    }
}
