using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Shared;

/// <summary>
/// The breaking-news bar every reader page shows while it runs. Kept in memory until an editor's change (which evicts
/// every page) or the bar's end time; each page's cache entry is kept no longer than the bar, so it leaves at its minute.
/// </summary>
public sealed class BreakingNewsBar(IServiceScopeFactory scopes, ReaderEvictions evictions, TimeProvider clock)
{
    public sealed record Bar(string Label, string Text, string Link, DateTime EndsAtUtc);

    private sealed record Current(Bar? Value);

    private readonly UntilEvicted<Current> _bar = new(evictions, clock);

    public async Task<Bar?> CurrentAsync(CancellationToken ct = default) => (await _bar.GetAsync(async (nowUtc, ct) =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var bar = await db.BreakingNews.AsNoTracking().Where(b => b.EndsAtUtc > nowUtc)
            .Select(b => new Bar(b.Label, b.Text, b.Link, b.EndsAtUtc)).FirstOrDefaultAsync(ct);
        // CASE: no bar now; an editor's new bar evicts every page, and this with it.
        return (new Current(bar), bar?.EndsAtUtc ?? nowUtc + SiteChrome.MaxAge);
    }, ct)).Value;
}
