using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Pages.Shared;

/// <summary>The home page's "Pilihan Editor" as editors arranged it (live picks only), shown on the home page and beside articles.</summary>
public static class EditorsPicks
{
    public static async Task<IReadOnlyList<StoryCard>> CurrentAsync(TempoDbContext db, DateTime nowUtc, int count) =>
        await db.HomePicks.AsNoTracking()
            .Where(p => p.EndsAtUtc == null || p.EndsAtUtc > nowUtc)
            .Join(db.Articles.AsNoTracking().Published(nowUtc), p => p.ArticleId, a => a.Id, (p, a) => new { p.Position, Article = a })
            .OrderBy(x => x.Position)
            .Select(x => x.Article).Select(StoryCard.FromArticle)
            .Take(count).ToListAsync();
}
