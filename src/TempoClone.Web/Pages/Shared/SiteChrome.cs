using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Pages.Shared;

/// <summary>
/// What the masthead and the footer of every reader page show: the kanal with a live story and the standing pages.
/// Kept in memory until an editor's change (a kanal's first or last live story evicts every page, and this with it)
/// or <see cref="MaxAge"/>.
/// </summary>
public sealed class SiteChrome(IServiceScopeFactory scopes, ReaderEvictions evictions, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    public sealed record Chrome(IReadOnlyList<KanalListItem> LiveKanals, IReadOnlyList<(string Slug, string Title)> SitePages);

    private readonly UntilEvicted<Chrome> _chrome = new(evictions, clock);

    public Task<Chrome> CurrentAsync(CancellationToken ct = default) => _chrome.GetAsync(async (nowUtc, ct) =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var pages = await db.SitePages.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Slug, p.Title }).ToListAsync(ct);
        return (new Chrome(await db.LiveKanalListAsync(nowUtc, ct), pages.Select(p => (p.Slug, p.Title)).ToList()), nowUtc + MaxAge);
    }, ct);
}
