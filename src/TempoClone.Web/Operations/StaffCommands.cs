using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Accounts;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Operations;

/// <summary>
/// `admin create-admin`, `reset-password`, `list-staff`: for a database that already has staff (the first admin
/// comes from Admin__Email / Admin__Password at the first start), or when the only admin lost the password.
/// </summary>
public static class StaffCommands
{
    public static async Task CreateAdminAsync(AdminContext context)
    {
        var email = EmailFrom(context);
        using var scope = await StaffScopeAsync(context);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(email) is not null)
            throw new AdminProblem($"{email} already has an account; use `admin reset-password --email {email}` for a new password.");

        var created = await users.CreateAdminAsync(email, PasswordPrompt.Read());
        if (!created.Succeeded) throw new AdminProblem($"{email} was not created: {Describe(created)}");
        SecurityLog(scope).LogInformation("Admin {Email} created from the command line", email);
        context.Out.WriteLine($"Admin {email} created; sign in at /editor.");
    }

    public static async Task ResetPasswordAsync(AdminContext context)
    {
        var email = EmailFrom(context);
        using var scope = await StaffScopeAsync(context);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new AdminProblem($"No account has the e-mail {email}; `admin list-staff` lists them.");

        var reset = await users.ResetPasswordAsync(user, PasswordPrompt.Read());
        if (!reset.Succeeded) throw new AdminProblem($"The password of {email} was not changed: {Describe(reset)}");
        SecurityLog(scope).LogInformation("Password of {Email} reset from the command line; its sessions ended", email);
        var disabled = user.LockoutEnd == DateTimeOffset.MaxValue ? " The account is still disabled: an admin enables it on /editor/staff." : "";
        context.Out.WriteLine($"Password of {email} changed; its sessions have ended.{disabled}");
    }

    public static async Task ListAsync(AdminContext context)
    {
        using var scope = await StaffScopeAsync(context);
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        var staff = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Email,
                u.DisplayName,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                Disabled = u.LockoutEnd == DateTimeOffset.MaxValue,
                u.TwoFactorEnabled,
            })
            .ToListAsync();
        context.Out.WriteLine($"{"E-mail",-36} {"Name",-24} {"Role",-12} {"State",-9} Two-step");
        foreach (var user in staff)
        {
            context.Out.WriteLine($"{user.Email,-36} {user.DisplayName,-24} {string.Join(",", user.Roles),-12} " +
                $"{(user.Disabled ? "disabled" : "active"),-9} {(user.TwoFactorEnabled ? "on" : "off")}");
        }
        context.Out.WriteLine($"{staff.Count} accounts.");
    }

    private static string EmailFrom(AdminContext context)
    {
        var email = context.Required("--email");
        return new EmailAddressAttribute().IsValid(email) ? email : throw new AdminUsageProblem($"\"{email}\" is not an e-mail address.");
    }

    /// <summary>The database as the site would find it at start-up (migrated, roles made), and a scope on it.</summary>
    private static async Task<IServiceScope> StaffScopeAsync(AdminContext context)
    {
        await context.App.MigrateDatabaseAsync();
        await context.App.EnsureDataProtectionKeyAsync();
        await context.App.EnsureStaffAsync();
        return context.Services.CreateScope();
    }

    private static ILogger SecurityLog(IServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("TempoClone.Security");

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
