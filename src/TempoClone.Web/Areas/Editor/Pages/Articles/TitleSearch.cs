using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The newsroom's title search for related stories, the pick and "Baca juga": the JSON lookup (scripts) and the
/// article form's Cari button (no script) ask this same query, so both find the same stories.
/// </summary>
public sealed class TitleSearch(TempoDbContext db, DatabaseEngine engine, TimeProvider clock)
{
    public const int MaxResults = 15;

    /// <summary>
    /// The newest <see cref="MaxResults"/> stories this staff member may see whose title holds the typed words
    /// (<see cref="TextMatch.TitleHasWords"/>); a number finds that article too (editors often have the id from an address). Empty when
    /// nothing was typed.
    /// </summary>
    public IQueryable<Article> Find(ClaimsPrincipal user, string? typed, int? exclude)
    {
        var query = TextMatch.Query(typed);
        var visible = db.Articles.AsNoTracking().VisibleTo(user, clock.GetUtcNow().UtcDateTime);
        if (query.Length == 0) return visible.Where(_ => false);
        var found = TextMatch.TitleHasWords(db, engine, query, int.TryParse(query, out var id) ? id : null);
        return visible.Where(a => a.Id != (exclude ?? 0)).Where(found).NewestFirst().Take(MaxResults);
    }
}
