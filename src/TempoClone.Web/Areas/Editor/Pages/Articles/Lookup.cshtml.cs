using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// Title search as JSON for the article form's scripts (related stories, the pick, "Baca juga"): only what this staff
/// member may see, newest first, with kanal, date and status so two stories of the same title can be told apart.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public class LookupModel(TempoDbContext db, TimeProvider clock) : PageModel
{
    public const int MaxResults = 15;
    public const int MaxQueryLength = 200;

    /// <param name="Url">The story's address on the site (live or once it is), for a "Baca juga" link in the body.</param>
    public sealed record Hit(int Id, string Title, string Reference, string Kanal, string Date, string Status, string Url);

    public async Task<IActionResult> OnGetAsync(string? q, int? exclude)
    {
        var query = q?.Trim() ?? "";
        if (query.Length == 0) return new JsonResult(Array.Empty<Hit>());
        if (query.Length > MaxQueryLength) query = query[..MaxQueryLength];

        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var articles = db.Articles.AsNoTracking().VisibleTo(User, nowUtc).Where(a => a.Id != (exclude ?? 0));
        // A number finds that article too: editors often have the id from an address.
        articles = int.TryParse(query, out var id)
            ? articles.Where(a => a.Id == id || EF.Functions.Like(a.Title, LikePattern.Contains(query), LikePattern.Escape))
            : articles.Where(a => EF.Functions.Like(a.Title, LikePattern.Contains(query), LikePattern.Escape));
        var found = await articles.NewestFirst().Include(a => a.Kanal).Take(MaxResults).ToListAsync();
        return new JsonResult(found.Select(a => new Hit(
            a.Id, a.Title, ArticleReference.Of(a.Id, a.Title), a.Kanal.Name, JakartaTime.DateLine(a.PublishedAtUtc), ArticleStatusLabel.Of(a, nowUtc),
            ArticleLinks.Path(a.Kanal.Slug, a.Slug, a.Id))));
    }
}
