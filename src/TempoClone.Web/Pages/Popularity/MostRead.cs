using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// "Terpopuler": the published stories read most in the last 24 hours or 7 days. Every page shows it, so it is kept in
/// memory and read again only when view counts were written (<see cref="CountsWritten"/>), when an editor's change
/// evicted reader pages (a title, a story withdrawn), or after <see cref="MaxAge"/> as the windows slide.
/// </summary>
public sealed class MostRead(IServiceScopeFactory scopes, ReaderEvictions evictions, TimeProvider clock)
{
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);
    public const int Count = 5;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private sealed record Lists(IReadOnlyList<StoryCard> Day, IReadOnlyList<StoryCard> Week);

    private readonly UntilEvicted<Lists> _lists = new(evictions, clock);

    public async Task<IReadOnlyList<StoryCard>> DayAsync(CancellationToken ct = default) => (await ListsAsync(ct)).Day;

    public async Task<IReadOnlyList<StoryCard>> WeekAsync(CancellationToken ct = default) => (await ListsAsync(ct)).Week;

    /// <summary>New counts are in the database: the next page reads the lists again.</summary>
    public void CountsWritten() => _lists.Invalidate();

    private Task<Lists> ListsAsync(CancellationToken ct) => _lists.GetAsync(async (nowUtc, ct) =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        return (new Lists(await TopAsync(db, nowUtc, Day, Count, ct), await TopAsync(db, nowUtc, Week, Count, ct)), nowUtc + MaxAge);
    }, ct);

    /// <summary>
    /// One kanal's Terpopuler for its front (24 hours, 7 days), read with the page: the kanal page's output cache keeps
    /// it, so no list per kanal is held here.
    /// </summary>
    public static async Task<(IReadOnlyList<StoryCard> Day, IReadOnlyList<StoryCard> Week)> InKanalAsync(TempoDbContext db, int kanalId, DateTime nowUtc, CancellationToken ct = default) =>
        (await TopAsync(db, nowUtc, Day, Count, ct, kanalId), await TopAsync(db, nowUtc, Week, Count, ct, kanalId));

    private static async Task<IReadOnlyList<StoryCard>> TopAsync(TempoDbContext db, DateTime nowUtc, TimeSpan window, int count, CancellationToken ct, int? kanalId = null)
    {
        var since = nowUtc - window;
        var published = db.Articles.Published(nowUtc);
        if (kanalId is { } kanal) published = published.Where(a => a.KanalId == kanal);
        var top = await db.Set<ArticleViewCount>().AsNoTracking()
            .Where(v => v.HourUtc >= since)
            .GroupBy(v => v.ArticleId)
            .Select(g => new { ArticleId = g.Key, Views = g.Sum(v => v.Views) })
            .Join(published, v => v.ArticleId, a => a.Id, (v, a) => new { v.ArticleId, v.Views })
            .OrderByDescending(v => v.Views).ThenByDescending(v => v.ArticleId)
            .Take(count)
            .ToListAsync(ct);
        var ids = top.Select(t => t.ArticleId).ToList();
        if (ids.Count == 0) return [];
        var cards = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(StoryCard.FromArticle).ToDictionaryAsync(c => c.Id, ct);
        return ids.Select(id => cards[id]).ToList();
    }
}
