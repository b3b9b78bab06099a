using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages;

/// <summary>
/// What the editor menu shows of the desk and the person: "Meja redaksi (3)" for editors, the bell's unread notifications
/// for everyone, and who is signed in, by name.
/// </summary>
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

    /// <summary>The signed-in person's display name; the account's user name (its e-mail) only when it has none.</summary>
    public async Task<string> SignedInNameAsync(ClaimsPrincipal user)
    {
        var me = user.StaffId();
        var name = await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleOrDefaultAsync();
        return string.IsNullOrWhiteSpace(name) ? user.Identity?.Name ?? "" : name;
    }
}
