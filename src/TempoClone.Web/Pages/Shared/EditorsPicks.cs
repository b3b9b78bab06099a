using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Shared;

/// <summary>
/// The home page's "Pilihan Editor" as editors arranged it (live picks only), shown on the home page and beside
/// articles. Kept in memory until an editor's change or until the first shown pick's end time.
/// </summary>
public sealed class EditorsPicks(IServiceScopeFactory scopes, ReaderEvictions evictions, TimeProvider clock)
{
    /// <summary>The most any page shows (the home page's six; an article's rail takes six and leaves itself out).</summary>
    public const int MaxShown = 6;

    private readonly UntilEvicted<IReadOnlyList<StoryCard>> _picks = new(evictions, clock);

    public async Task<IReadOnlyList<StoryCard>> CurrentAsync(int count, CancellationToken ct = default) =>
        (await _picks.GetAsync(LoadAsync, ct)).Take(count).ToList();

    private async Task<(IReadOnlyList<StoryCard>, DateTime)> LoadAsync(DateTime nowUtc, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var current = db.HomePicks.AsNoTracking().Where(p => p.EndsAtUtc == null || p.EndsAtUtc > nowUtc);
        // CASE: two statements, the few picks first: joined, SQLite drove the join from the archive's live stories
        // (15 s on the first home page at two million, issue 20) instead of from the handful of picks.
        var order = await current.OrderBy(p => p.Position).ThenBy(p => p.Id).Select(p => p.ArticleId).ToListAsync(ct);
        var cards = await db.Articles.AsNoTracking().Published(nowUtc).Where(a => order.Contains(a.Id))
            .Select(StoryCard.FromArticle).ToListAsync(ct);
        var picks = cards.OrderBy(c => order.IndexOf(c.Id)).Take(MaxShown).ToList();
        // CASE: a pick with an end time leaves the list at that minute, with no save to evict it.
        var firstEnd = await current.MinAsync(p => p.EndsAtUtc, ct);
        return (picks, firstEnd ?? DateTime.MaxValue);
    }
}
