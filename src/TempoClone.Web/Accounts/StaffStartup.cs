using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Accounts;

/// <summary>The staff's start-up steps (run through <see cref="StartupProblem.RunStepsAsync"/>, and by the staff commands).</summary>
public static class StaffStartup
{
    /// <summary>
    /// Start-up step: the data-protection key exists (made now if the database has none) before this instance serves,
    /// so an instance started after it reads that key instead of making its own on its first request; two keys made
    /// at once would leave each instance unable to read the other's cookies and forms until their key rings refresh.
    /// </summary>
    public static Task EnsureDataProtectionKeyAsync(this WebApplication app)
    {
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("TempoClone.Startup").Protect([1]);
        return Task.CompletedTask;
    }

    /// <summary>Roles exist, and a database without staff gets its first admin from configuration.</summary>
    public static async Task EnsureStaffAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("TempoClone.Security");
        if (users.Users.Any()) return;

        var admin = services.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (string.IsNullOrWhiteSpace(admin.Email))
        {
            log.LogWarning("No staff account exists; set Admin__Email and Admin__Password to create the first admin");
            return;
        }
        // CASE: an admin named without a password would leave a site nobody can log in to: stop and say so.
        if (string.IsNullOrEmpty(admin.Password))
            throw new StartupProblem($"Admin:Email is {admin.Email} but Admin:Password is empty, and the database has no staff yet; " +
                "set Admin__Password (at least 10 characters) to create the first admin.");

        var created = await users.CreateAdminAsync(admin.Email, admin.Password);
        if (!created.Succeeded)
        {
            throw new StartupProblem($"The first admin {admin.Email} could not be created; choose another Admin__Password: " +
                string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        log.LogInformation("Created the first admin {Email}", admin.Email);
    }
}
