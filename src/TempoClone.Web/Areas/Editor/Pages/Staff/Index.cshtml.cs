using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Staff;

/// <summary>Admins create staff accounts, set roles, and disable accounts (which ends their sessions at once).</summary>
public class IndexModel(UserManager<StaffUser> users, TempoDbContext db, ILogger<IndexModel> log) : PageModel
{
    [BindProperty] public NewStaffInput Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(string Id, string Email, string DisplayName, string Role, bool Disabled);

    public sealed class NewStaffInput
    {
        [Required(ErrorMessage = "Email wajib diisi."), EmailAddress(ErrorMessage = "Alamat email tidak valid."), StringLength(256), Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Nama wajib diisi."), StringLength(StaffUser.DisplayNameMaxLength), Display(Name = "Nama")]
        public string DisplayName { get; set; } = "";

        [Required, Display(Name = "Peran")]
        public string Role { get; set; } = StaffRoles.Kontributor;

        [Required(ErrorMessage = "Kata sandi awal wajib diisi."), StringLength(512, MinimumLength = 10, ErrorMessage = "Kata sandi 10 sampai 512 karakter."),
         DataType(DataType.Password), Display(Name = "Kata sandi awal")]
        public string Password { get; set; } = "";
    }

    public const string LastAdminMessage = "Akun ini admin aktif terakhir. Jadikan staf lain admin dulu.";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!User.MayManageStaff()) return Forbid();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (!User.MayManageStaff()) return Forbid();
        if (!StaffRoles.All.Contains(Input.Role)) ModelState.AddModelError("Input.Role", "Peran tidak dikenal.");
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var user = new StaffUser { UserName = Input.Email, Email = Input.Email, DisplayName = Input.DisplayName, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded) result = await users.AddToRoleAsync(user, Input.Role);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            await LoadAsync();
            return Page();
        }
        log.LogInformation("Staff account {Email} created as {Role} by {Admin}", Input.Email, Input.Role, User.Identity!.Name);
        TempData["Message"] = $"Akun {Input.Email} dibuat. Sampaikan kata sandi awalnya secara pribadi; minta ia menggantinya.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disable)
    {
        if (!User.MayManageStaff()) return Forbid();
        await using var transaction = await BeginStaffChangeAsync();
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (user.Id == users.GetUserId(User)) return BadRequest();
        if (disable && await IsLastActiveAdminAsync(user)) return await RefuseAsync(LastAdminMessage);
        var result = await users.SetLockoutEnabledAsync(user, true);
        if (result.Succeeded) result = await users.SetLockoutEndDateAsync(user, disable ? DateTimeOffset.MaxValue : null);
        // A new stamp ends the account's open sessions.
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) return await RefuseAsync(result);
        await transaction.CommitAsync();
        log.LogInformation("Staff account {Email} {Change} by {Admin}", user.Email, disable ? "disabled" : "enabled", User.Identity!.Name);
        TempData["Message"] = disable ? $"Akun {user.Email} dinonaktifkan." : $"Akun {user.Email} diaktifkan.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role)
    {
        if (!User.MayManageStaff()) return Forbid();
        await using var transaction = await BeginStaffChangeAsync();
        var user = await users.FindByIdAsync(id);
        if (user is null || !StaffRoles.All.Contains(role)) return NotFound();
        if (role != StaffRoles.Admin && await IsLastActiveAdminAsync(user)) return await RefuseAsync(LastAdminMessage);
        var result = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
        if (result.Succeeded) result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded) return await RefuseAsync(result);
        await transaction.CommitAsync();
        log.LogInformation("Staff account {Email} given role {Role} by {Admin}", user.Email, role, User.Identity!.Name);
        TempData["Message"] = $"Peran {user.Email} kini {role}.";
        return RedirectToPage();
    }

    /// <summary>
    /// Role and disable changes run one at a time, on every instance, with the "last admin" check inside: two admins
    /// demoting each other at the same moment would otherwise both see two admins and leave none. The accounts are read
    /// afresh inside the lock (the session check loaded the acting admin before it).
    /// </summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginStaffChangeAsync()
    {
        var transaction = await db.Database.BeginExclusiveAsync(ExclusiveTransactions.Purpose.StaffRoles, HttpContext.RequestAborted);
        db.ChangeTracker.Clear();
        return transaction;
    }

    /// <summary>The site must always keep one admin who can sign in: the last one cannot be demoted or disabled.</summary>
    private async Task<bool> IsLastActiveAdminAsync(StaffUser user)
    {
        if (!await users.IsInRoleAsync(user, StaffRoles.Admin) || IsDisabled(user)) return false;
        return (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count(a => !IsDisabled(a)) <= 1;
    }

    private async Task<IActionResult> RefuseAsync(string message)
    {
        ModelState.AddModelError("", message);
        await LoadAsync();
        return Page();
    }

    private Task<IActionResult> RefuseAsync(IdentityResult result) => RefuseAsync(string.Join(" ", result.Errors.Select(e => e.Description)));

    private static bool IsDisabled(StaffUser user) => user.LockoutEnd == DateTimeOffset.MaxValue;

    private async Task LoadAsync()
    {
        var rows = new List<Row>();
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync())
            rows.Add(new Row(user.Id, user.Email ?? "", user.DisplayName, (await users.GetRolesAsync(user)).FirstOrDefault() ?? "-",
                IsDisabled(user)));
        Rows = rows;
    }
}
