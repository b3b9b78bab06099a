using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;

namespace TempoClone.Web.Newsroom;

/// <summary>The accounts that work the review desk (<see cref="StaffAccess.PublisherRoles"/>), disabled ones left out.</summary>
public static class DeskEditors
{
    public sealed record Editor(string Id, string UserName, string Name);

    public static async Task<IReadOnlyList<Editor>> ListAsync(TempoDbContext db, CancellationToken ct = default)
    {
        var roleIds = db.Roles.Where(r => StaffAccess.PublisherRoles.Contains(r.Name!)).Select(r => r.Id);
        var accounts = await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.LockoutEnd })
            .ToListAsync(ct);
        // A disabled account is locked out for good (Staff page); compared here, as SQLite cannot compare offsets.
        return accounts.Where(u => u.LockoutEnd != DateTimeOffset.MaxValue)
            .Select(u => new Editor(u.Id, u.UserName ?? "", u.DisplayName is "" ? u.UserName ?? "" : u.DisplayName))
            .OrderBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
