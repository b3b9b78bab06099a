using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The article form's links to other stories without a script: Cari lists titles (the same query as the JSON
/// lookup, <see cref="TitleSearch"/>), and a picked result becomes a "123 · Judul" reference for the form.
/// </summary>
public sealed class FormReferences(TempoDbContext db, TitleSearch titles, TimeProvider clock)
{
    /// <summary>The stories whose title holds what was typed, newest first; none when nothing was typed.</summary>
    public async Task<IReadOnlyList<(int Id, string Title)>> SearchAsync(ClaimsPrincipal user, string? typed, int? exclude)
    {
        if (string.IsNullOrWhiteSpace(typed)) return [];
        var found = await titles.Find(user, typed, exclude).Select(a => new { a.Id, a.Title }).ToListAsync();
        return found.Select(a => (a.Id, a.Title)).ToList();
    }

    /// <summary>"123 · Judul" for a story this person may see; null when there is none (the form answers 404).</summary>
    public async Task<string?> ReferenceAsync(ClaimsPrincipal user, int pickedId)
    {
        var title = await db.Articles.VisibleTo(user, clock.GetUtcNow().UtcDateTime).Where(a => a.Id == pickedId).Select(a => a.Title).SingleOrDefaultAsync();
        return title is null ? null : ArticleReference.Of(pickedId, title);
    }
}
