using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.FrontPage;

/// <summary>
/// Reads and writes what the Halaman depan page arranges: the lead block's slots and the breaking-news bar. Every
/// write checks the state it was made on, is on the audit log and evicts only the pages that show it (the home page
/// for slots, every reader page for the bar); the end-time timer is woken to look again.
/// </summary>
public sealed class FrontPageDesk(TempoDbContext db, ReaderEvictions readerCache, FrontPageExpiry expiry, TimeProvider clock)
{
    public sealed record State(IReadOnlyList<FrontPageSlot> Slots, BreakingNews? Bar, string Token);

    public async Task<State> LoadAsync(CancellationToken ct = default)
    {
        var slots = await db.FrontPageSlots.AsNoTracking().OrderBy(s => s.Position).ToListAsync(ct);
        var bar = await db.BreakingNews.AsNoTracking().SingleOrDefaultAsync(ct);
        return new State(slots, bar, TokenOf(slots, bar));
    }

    /// <summary>
    /// Replaces every slot with these (one per place, headline first; null leaves a place to the newest stories);
    /// false, writing nothing, when the page changed since <paramref name="token"/> was read.
    /// </summary>
    public Task<bool> SaveSlotsAsync(string? token, IReadOnlyList<FrontPageLineup.Choice> choices, string userName, CancellationToken ct = default) =>
        ChangeAsync(token, async () =>
        {
            await ReplaceSlotsAsync(choices, userName, ct);
            return [ReaderTags.Home];
        }, ct);

    private async Task ReplaceSlotsAsync(IReadOnlyList<FrontPageLineup.Choice> choices, string userName, CancellationToken ct)
    {
        await db.FrontPageSlots.ExecuteDeleteAsync(ct);
        var titles = await TitlesAsync(choices.Select(c => c.ArticleId), ct);
        var described = new List<string>();
        foreach (var (choice, position) in choices.Select((c, i) => (c, i + 1)))
        {
            if (choice.ArticleId is not { } id) continue;
            db.FrontPageSlots.Add(new FrontPageSlot { Position = position, ArticleId = id, EndsAtUtc = choice.EndsAtUtc });
            described.Add($"{PlaceName(position)}: {titles.GetValueOrDefault(id, id.ToString())}"
                + (choice.EndsAtUtc is { } ends ? $" (sampai {JakartaTime.Stamp(ends)})" : ""));
        }
        Audit(userName, "mengatur halaman depan", described.Count == 0 ? "semua tempat berisi berita terbaru" : string.Join("; ", described));
    }

    public Task<bool> SaveBarAsync(string? token, BreakingNews bar, string userName, CancellationToken ct = default) =>
        ChangeAsync(token, async () =>
        {
            await PutBarAsync(bar, userName, ct);
            return EveryPage;
        }, ct);

    /// <summary>Takes the bar off every page; false when the page changed since <paramref name="token"/> was read.</summary>
    public Task<bool> RemoveBarAsync(string? token, string userName, CancellationToken ct = default) =>
        ChangeAsync(token, async () =>
        {
            if (await db.BreakingNews.SingleOrDefaultAsync(ct) is not { } stored) return [];
            db.BreakingNews.Remove(stored);
            Audit(userName, "menurunkan " + stored.Label, stored.Text);
            return EveryPage;
        }, ct);

    // The bar is on every reader page.
    private static readonly string[] EveryPage = [ReaderCache.Tag];

    /// <summary>
    /// Checks the token and writes in one exclusive transaction (two editors saving at once cannot both pass the
    /// check), then evicts the tags the change returned and wakes the end-time timer.
    /// </summary>
    private async Task<bool> ChangeAsync(string? token, Func<Task<string[]>> change, CancellationToken ct)
    {
        string[] evict;
        await using (var transaction = await db.Database.BeginExclusiveAsync(ExclusiveTransactions.Purpose.FrontPage, ct))
        {
            if (token != (await LoadAsync(ct)).Token) return false;
            evict = await change();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        if (evict.Length > 0) await readerCache.EvictAsync(evict, ct);
        expiry.Changed();
        return true;
    }

    private async Task PutBarAsync(BreakingNews bar, string userName, CancellationToken ct)
    {
        var stored = await db.BreakingNews.SingleOrDefaultAsync(ct);
        if (stored is null) db.BreakingNews.Add(bar);
        else
        {
            stored.Label = bar.Label;
            stored.Text = bar.Text;
            stored.Link = bar.Link;
            stored.EndsAtUtc = bar.EndsAtUtc;
        }
        Audit(userName, "memasang " + bar.Label, $"{bar.Text} (sampai {JakartaTime.Stamp(bar.EndsAtUtc)})");
    }

    public Task<Dictionary<int, string>> TitlesAsync(IEnumerable<int?> ids, CancellationToken ct = default)
    {
        var wanted = ids.OfType<int>().ToList();
        return db.Articles.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
    }

    /// <summary>"Utama" for the headline, "Tempat 2" … for the others, in the form, the preview and the audit log alike.</summary>
    public static string PlaceName(int position) => position == 1 ? "Utama" : $"Tempat {position}";

    // The log's subject column holds a title's length; four titles are cut short rather than refused.
    private void Audit(string userName, string action, string subject) =>
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime, UserName = userName, Action = action,
            Subject = subject.Length <= Article.TitleMaxLength ? subject : subject[..(Article.TitleMaxLength - 1)] + "…",
        });

    // Two editors on the page at once cannot silently undo each other: every change carries the state it was made on.
    private static string TokenOf(IEnumerable<FrontPageSlot> slots, BreakingNews? bar) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join(";", slots.Select(s => $"{s.Position}:{s.ArticleId}:{s.EndsAtUtc?.Ticks}"))
            + $"|{bar?.Label}|{bar?.Text}|{bar?.Link}|{bar?.EndsAtUtc.Ticks}")))[..32];
}
