using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>The editor menu's counts: "Meja redaksi (3)" for editors, and the bell's unread notifications for everyone.</summary>
public sealed class DeskCounts(TempoDbContext db)
{
    /// <summary>Stories waiting on the desk; null for someone who does not work it.</summary>
    public async Task<int?> WaitingAsync(ClaimsPrincipal user) =>
        user.MayReview() ? await db.Articles.NotDeleted().CountAsync(a => a.ReviewState == ReviewState.Waiting) : null;

    public Task<int> UnreadAsync(ClaimsPrincipal user)
    {
        var me = user.StaffId();
        return db.StaffNotifications.CountAsync(n => n.RecipientId == me && n.ReadAtUtc == null);
    }
}
