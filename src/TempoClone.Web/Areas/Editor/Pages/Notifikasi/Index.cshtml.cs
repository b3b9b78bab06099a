using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Notifikasi;

/// <summary>
/// The bell's list: this person's notifications, newest first (each person sees only their own: every query starts from
/// their id), mark one (opening it) or all as read.
/// </summary>
public class IndexModel(TempoDbContext db, TimeProvider clock) : PageModel
{
    public const int Shown = 100;

    public sealed record Row(int Id, string What, string Title, string Actor, DateTime AtUtc, bool Unread, int ArticleId);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    private string Me => User.StaffId()!;
    private IQueryable<StaffNotification> Mine => db.StaffNotifications.Where(n => n.RecipientId == Me);

    public async Task OnGetAsync()
    {
        var rows = await Mine.AsNoTracking().OrderByDescending(n => n.AtUtc).ThenByDescending(n => n.Id).Take(Shown).ToListAsync();
        var names = await db.DisplayNamesAsync(rows.Select(n => n.ActorUserName));
        Rows = rows.Select(n => new Row(n.Id, WhatOf(n.Kind), n.ArticleTitle, names.NameOf(n.ActorUserName), n.AtUtc, n.ReadAtUtc is null, n.ArticleId)).ToList();
    }

    /// <summary>
    /// Opens the story and marks the notification read (someone else's id is simply not found). "Dikembalikan" opens
    /// at the note it was returned with (its rewording included; the notes box when it was taken down).
    /// </summary>
    public async Task<IActionResult> OnPostOpenAsync(int id)
    {
        var notification = await Mine.Where(n => n.Id == id).Select(n => new { n.ArticleId, n.Kind, n.AtUtc }).SingleOrDefaultAsync();
        if (notification is null) return NotFound();
        await Mine.Where(n => n.Id == id && n.ReadAtUtc == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, clock.GetUtcNow().UtcDateTime));
        if (notification.Kind != NotificationKind.Returned) return Redirect(UrlMap.EditArticle(notification.ArticleId));
        var note = await db.ArticleNotes.Where(n => n.ArticleId == notification.ArticleId && n.IsReturn && n.AtUtc == notification.AtUtc && n.RemovedAtUtc == null)
            .Select(n => (int?)n.Id).FirstOrDefaultAsync();
        return Redirect(UrlMap.EditArticle(notification.ArticleId) + (note is { } noteId ? $"#catatan-{noteId}" : "#redaksi"));
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await Mine.Where(n => n.ReadAtUtc == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, clock.GetUtcNow().UtcDateTime));
        return Redirect(UrlMap.Notifications);
    }

    private static string WhatOf(NotificationKind kind) => kind switch
    {
        NotificationKind.Sent => "dikirim ke redaksi",
        NotificationKind.Returned => "dikembalikan kepada Anda",
        NotificationKind.Published => "diterbitkan",
        _ => "dijadwalkan terbit",
    };
}
