using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Shared;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>
/// "Terpopuler": the published stories read most in the last 24 hours or 7 days. Every page shows it, so it is kept in
/// memory and read again only when view counts were written (<see cref="CountsWritten"/>), when an editor's change
/// evicted reader pages (a title, a story withdrawn), or after <see cref="MaxAge"/> as the windows slide. Each kanal's
/// own list (its front's rail) is kept the same way: two aggregations over the view counts per uncached kanal page
/// were the kanal page's largest cost (issue 20).
/// </summary>
public sealed class MostRead(IServiceScopeFactory scopes, ReaderEvictions evictions, TimeProvider clock)
{
    public static readonly TimeSpan Day = TimeSpan.FromHours(24);
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);
    public const int Count = 5;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private sealed record Lists(IReadOnlyList<StoryCard> Day, IReadOnlyList<StoryCard> Week);

    private readonly UntilEvicted<Lists> _lists = new(evictions, clock);

    /// <summary>One entry per kanal that exists (the page asks only for those), so the dictionary stays a dozen long.</summary>
    private readonly ConcurrentDictionary<int, UntilEvicted<Lists>> _kanalLists = new();

    public async Task<IReadOnlyList<StoryCard>> DayAsync(CancellationToken ct = default) => (await ListsAsync(_lists, null, ct)).Day;

    public async Task<IReadOnlyList<StoryCard>> WeekAsync(CancellationToken ct = default) => (await ListsAsync(_lists, null, ct)).Week;

    /// <summary>One kanal's Terpopuler for its front (24 hours, 7 days).</summary>
    public async Task<(IReadOnlyList<StoryCard> Day, IReadOnlyList<StoryCard> Week)> InKanalAsync(int kanalId, CancellationToken ct = default)
    {
        var lists = await ListsAsync(_kanalLists.GetOrAdd(kanalId, _ => new UntilEvicted<Lists>(evictions, clock)), kanalId, ct);
        return (lists.Day, lists.Week);
    }

    /// <summary>New counts are in the database: the next page reads the lists again.</summary>
    public void CountsWritten()
    {
        _lists.Invalidate();
        foreach (var kanal in _kanalLists.Values) kanal.Invalidate();
    }

    private Task<Lists> ListsAsync(UntilEvicted<Lists> kept, int? kanalId, CancellationToken ct) => kept.GetAsync(async (nowUtc, ct) =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        return (new Lists(await TopAsync(db, nowUtc, Day, Count, ct, kanalId), await TopAsync(db, nowUtc, Week, Count, ct, kanalId)), nowUtc + MaxAge);
    }, ct);

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
