using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Accounts;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Areas.Editor.Pages.Account;

public class PasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, LoginThrottle throttle, ILogger<PasswordModel> log) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Kata sandi lama wajib diisi."), StringLength(512), DataType(DataType.Password), Display(Name = "Kata sandi lama")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Kata sandi baru wajib diisi."), StringLength(512, MinimumLength = 10, ErrorMessage = "Kata sandi baru 10 sampai 512 karakter."),
         DataType(DataType.Password), Display(Name = "Kata sandi baru")]
        public string New { get; set; } = "";

        [Compare(nameof(New), ErrorMessage = "Ulangan kata sandi tidak sama."), DataType(DataType.Password), Display(Name = "Ulangi kata sandi baru")]
        public string Confirm { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();

        // CASE: "is this the current password?" is a guess like a login: reserved and throttled the same way, and logged.
        var attempt = await throttle.ReserveAsync(user.Email!, user.Id, HttpContext);
        if (attempt.Refused)
        {
            log.LogWarning("Password change throttled for {Email} from {ClientAddress} for {WaitSeconds} s", user.Email, HttpContext.ClientAddress(), Math.Ceiling(attempt.Wait.TotalSeconds));
            ModelState.AddModelError("", LoginModel.WaitMessage(attempt.Wait));
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            log.LogWarning("Password change with a wrong current password for {Email} from {ClientAddress}", user.Email, HttpContext.ClientAddress());
        else await throttle.PassedAsync(attempt, user.Email!, HttpContext);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }
        // The stamp changed with the password: other sessions end; this one gets a fresh cookie.
        await signIn.RefreshSignInAsync(user);
        log.LogInformation("Password changed by {Email}", user.Email);
        TempData["Message"] = "Kata sandi diganti. Sesi lain sudah diakhiri.";
        return RedirectToPage();
    }
}
