using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TempoClone.Web.Accounts;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Account;

[EnableRateLimiting(StaffAccountsSetup.LoginRateLimitPolicy)]
public class LoginModel(SignInManager<StaffUser> signIn, ILogger<LoginModel> log) : PageModel
{
    // One message for an unknown email, a wrong password and a locked account: nothing to probe.
    public const string FailedMessage = "Email atau kata sandi salah, atau akun sedang dikunci. Coba lagi nanti.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Email wajib diisi."), StringLength(256), Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Kata sandi wajib diisi."), StringLength(512), DataType(DataType.Password), Display(Name = "Kata sandi")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var address = HttpContext.ClientAddress();
        if (result.Succeeded)
        {
            log.LogInformation("Login succeeded for {Email} from {ClientAddress}", Input.Email, address);
            return LocalRedirect(StaffAccountsSetup.SafeReturnUrl(ReturnUrl, Url));
        }

        if (result.RequiresTwoFactor)
            return Redirect(UrlMap.EditorLoginTwoFactor + "?ReturnUrl=" + Uri.EscapeDataString(StaffAccountsSetup.SafeReturnUrl(ReturnUrl, Url)));
        if (result.IsLockedOut) log.LogWarning("Login refused, account locked: {Email} from {ClientAddress}", Input.Email, address);
        else log.LogWarning("Login failed for {Email} from {ClientAddress}", Input.Email, address);
        ModelState.AddModelError("", FailedMessage);
        return Page();
    }

}
