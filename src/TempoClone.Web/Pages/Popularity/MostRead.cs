using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Shared;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>"Terpopuler": the published stories read most in the last 24 hours or 7 days.</summary>
public static class MostRead
{
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public static async Task<IReadOnlyList<StoryCard>> TopAsync(TempoDbContext db, DateTime nowUtc, TimeSpan window, int count = 5)
    {
        var since = nowUtc - window;
        var top = await db.Set<ArticleViewCount>().AsNoTracking()
            .Where(v => v.HourUtc >= since)
            .GroupBy(v => v.ArticleId)
            .Select(g => new { ArticleId = g.Key, Views = g.Sum(v => v.Views) })
            .Join(db.Articles.Published(nowUtc), v => v.ArticleId, a => a.Id, (v, a) => new { v.ArticleId, v.Views })
            .OrderByDescending(v => v.Views).ThenByDescending(v => v.ArticleId)
            .Take(count)
            .ToListAsync();
        var ids = top.Select(t => t.ArticleId).ToList();
        var cards = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(StoryCard.FromArticle).ToDictionaryAsync(c => c.Id);
        return ids.Select(id => cards[id]).ToList();
    }
}
