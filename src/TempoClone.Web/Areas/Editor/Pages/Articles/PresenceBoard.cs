using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// Who has an article's form open, from the heartbeats their browsers send (wwwroot/js/presence.js). In the database, so
/// every instance of the site sees every editor; a heartbeat older than <see cref="EditingPresence.StaleAfter"/> is ignored.
/// </summary>
public sealed class PresenceBoard(TempoDbContext db, TimeProvider clock, ILogger<PresenceBoard> log)
{
    /// <summary>How often the form's script says "still here"; well within <see cref="EditingPresence.StaleAfter"/>.</summary>
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(20);

    /// <summary>The display names of everyone else on this article's form now.</summary>
    public async Task<IReadOnlyList<string>> OthersAsync(int articleId, string? staffId, CancellationToken ct = default)
    {
        var since = clock.GetUtcNow().UtcDateTime - EditingPresence.StaleAfter;
        return await db.EditingPresences.AsNoTracking()
            .Where(p => p.ArticleId == articleId && p.StaffId != staffId && p.SeenAtUtc >= since)
            .OrderBy(p => p.DisplayName).Select(p => p.DisplayName).ToListAsync(ct);
    }

    /// <summary>Records that this staff member has the form open now; stale rows of the article go at the same time.</summary>
    public async Task BeatAsync(int articleId, string staffId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = await db.Users.Where(u => u.Id == staffId).Select(u => u.DisplayName != "" ? u.DisplayName : u.UserName!).SingleAsync(ct);
        var updated = await db.EditingPresences.Where(p => p.ArticleId == articleId && p.StaffId == staffId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.SeenAtUtc, now).SetProperty(x => x.DisplayName, name), ct);
        if (updated == 0)
        {
            db.EditingPresences.Add(new EditingPresence { ArticleId = articleId, StaffId = staffId, DisplayName = name, SeenAtUtc = now });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // CASE: two tabs of the same person raced to insert; the other one's row says the same.
                log.LogDebug("Presence row for article {ArticleId} already made by a parallel heartbeat", articleId);
            }
        }
        var stale = now - EditingPresence.StaleAfter;
        await db.EditingPresences.Where(p => p.ArticleId == articleId && p.SeenAtUtc < stale).ExecuteDeleteAsync(ct);
    }
}
