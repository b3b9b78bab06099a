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
/// write is on the audit log and evicts only the pages that show it (the home page for slots, every reader page for
/// the bar); the end-time timer is woken to look again.
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

    /// <summary>Replaces every slot with these (one per place, headline first; null leaves a place to the newest stories).</summary>
    public async Task SaveSlotsAsync(IReadOnlyList<FrontPageLineup.Choice> choices, string userName, CancellationToken ct = default)
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
        await db.SaveChangesAsync(ct);
        await readerCache.EvictAsync([ReaderTags.Home], ct);
        expiry.Changed();
    }

    public async Task SaveBarAsync(BreakingNews bar, string userName, CancellationToken ct = default)
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
        await SaveBarChangeAsync(ct);
    }

    public async Task<bool> RemoveBarAsync(string userName, CancellationToken ct = default)
    {
        if (await db.BreakingNews.SingleOrDefaultAsync(ct) is not { } stored) return false;
        db.BreakingNews.Remove(stored);
        Audit(userName, "menurunkan " + stored.Label, stored.Text);
        await SaveBarChangeAsync(ct);
        return true;
    }

    public Task<Dictionary<int, string>> TitlesAsync(IEnumerable<int?> ids, CancellationToken ct = default)
    {
        var wanted = ids.OfType<int>().ToList();
        return db.Articles.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
    }

    /// <summary>"Utama" for the headline, "Tempat 2" … for the others, in the form, the preview and the audit log alike.</summary>
    public static string PlaceName(int position) => position == 1 ? "Utama" : $"Tempat {position}";

    private async Task SaveBarChangeAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        // The bar is on every reader page.
        await readerCache.EvictAllAsync(ct);
        expiry.Changed();
    }

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
