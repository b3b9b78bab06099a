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

    /// <summary>Opens the story and marks the notification read (someone else's id is simply not found).</summary>
    public async Task<IActionResult> OnPostOpenAsync(int id)
    {
        var articleId = await Mine.Where(n => n.Id == id).Select(n => (int?)n.ArticleId).SingleOrDefaultAsync();
        if (articleId is null) return NotFound();
        await Mine.Where(n => n.Id == id && n.ReadAtUtc == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAtUtc, clock.GetUtcNow().UtcDateTime));
        return Redirect(UrlMap.EditArticle(articleId.Value));
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
