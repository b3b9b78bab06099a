using Microsoft.AspNetCore.Identity;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Accounts;

/// <summary>Admins made or repaired outside the editor pages: the first admin from configuration, and `admin create-admin` / `reset-password`.</summary>
public static class StaffAdmins
{
    public static async Task<IdentityResult> CreateAdminAsync(this UserManager<StaffUser> users, string email, string password)
    {
        var user = new StaffUser { UserName = email, Email = email, DisplayName = "Admin", EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        return created.Succeeded ? await users.AddToRoleAsync(user, StaffRoles.Admin) : created;
    }

    /// <summary>
    /// A new password through Identity's reset (its password rules apply; the security stamp changes, so every session
    /// of the account ends). A lockout from failed second steps is lifted; a disabled account stays disabled.
    /// </summary>
    public static async Task<IdentityResult> ResetPasswordAsync(this UserManager<StaffUser> users, StaffUser user, string password)
    {
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded || user.LockoutEnd == DateTimeOffset.MaxValue) return reset;
        await users.ResetAccessFailedCountAsync(user);
        return await users.SetLockoutEndDateAsync(user, null);
    }
}
