using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.FrontPage;

/// <summary>
/// Reads and writes what the Halaman depan page arranges: the lead block's slots and the breaking-news bar. Every
/// write checks the state it was made on and commits through the newsroom's events (<see cref="FrontPageChanged"/>):
/// the audit log, the reader cache (the home page for slots, every reader page for the bar) and the end-time timer follow.
/// </summary>
public sealed class FrontPageDesk(TempoDbContext db, NewsroomEvents events, TimeProvider clock)
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
        ChangeAsync(token, () => ReplaceSlotsAsync(choices, userName, ct), ct);

    private async Task<FrontPageChanged?> ReplaceSlotsAsync(IReadOnlyList<FrontPageLineup.Choice> choices, string userName, CancellationToken ct)
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
        return Change(userName, "mengatur halaman depan", described.Count == 0 ? "semua tempat berisi berita terbaru" : string.Join("; ", described), onEveryPage: false);
    }

    public Task<bool> SaveBarAsync(string? token, BreakingNews bar, string userName, CancellationToken ct = default) =>
        ChangeAsync(token, () => PutBarAsync(bar, userName, ct), ct);

    /// <summary>Takes the bar off every page; false when the page changed since <paramref name="token"/> was read.</summary>
    public Task<bool> RemoveBarAsync(string? token, string userName, CancellationToken ct = default) =>
        ChangeAsync(token, async () =>
        {
            if (await db.BreakingNews.SingleOrDefaultAsync(ct) is not { } stored) return null;
            db.BreakingNews.Remove(stored);
            return Change(userName, "menurunkan " + stored.Label, stored.Text, onEveryPage: true);
        }, ct);

    /// <summary>
    /// Checks the token and writes in one exclusive transaction (two editors saving at once cannot both pass the
    /// check); the change (null when there was nothing to change) commits through the newsroom's events.
    /// </summary>
    private async Task<bool> ChangeAsync(string? token, Func<Task<FrontPageChanged?>> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginExclusiveAsync(ExclusiveTransactions.Purpose.FrontPage, ct);
        if (token != (await LoadAsync(ct)).Token) return false;
        if (await change() is { } changed) await events.CommitAsync(changed, transaction, ct);
        return true;
    }

    private async Task<FrontPageChanged?> PutBarAsync(BreakingNews bar, string userName, CancellationToken ct)
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
        return Change(userName, "memasang " + bar.Label, $"{bar.Text} (sampai {JakartaTime.Stamp(bar.EndsAtUtc)})", onEveryPage: true);
    }

    public Task<Dictionary<int, string>> TitlesAsync(IEnumerable<int?> ids, CancellationToken ct = default)
    {
        var wanted = ids.OfType<int>().ToList();
        return db.Articles.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
    }

    /// <summary>"Utama" for the headline, "Tempat 2" … for the others, in the form, the preview and the audit log alike.</summary>
    public static string PlaceName(int position) => position == 1 ? "Utama" : $"Tempat {position}";

    private FrontPageChanged Change(string userName, string action, string subject, bool onEveryPage) =>
        new(action, subject, onEveryPage, userName, clock.GetUtcNow().UtcDateTime);

    // Two editors on the page at once cannot silently undo each other: every change carries the state it was made on.
    private static string TokenOf(IEnumerable<FrontPageSlot> slots, BreakingNews? bar) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join(";", slots.Select(s => $"{s.Position}:{s.ArticleId}:{s.EndsAtUtc?.Ticks}"))
            + $"|{bar?.Label}|{bar?.Text}|{bar?.Link}|{bar?.EndsAtUtc.Ticks}")))[..32];
}
