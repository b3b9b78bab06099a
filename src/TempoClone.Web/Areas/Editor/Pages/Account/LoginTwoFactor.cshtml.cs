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

/// <summary>The second step of signing in for accounts with two-factor on: a code from the app, or a recovery code.</summary>
[EnableRateLimiting(StaffAccountsSetup.LoginRateLimitPolicy)]
public class LoginTwoFactorModel(SignInManager<StaffUser> signIn, ILogger<LoginTwoFactorModel> log) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Kode wajib diisi."), StringLength(40), Display(Name = "Kode autentikator atau kode pemulihan")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(UrlMap.EditorLogin) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return Redirect(UrlMap.EditorLogin);
        if (!ModelState.IsValid) return Page();

        var code = Code.Replace(" ", "").Replace("-", "");
        var result = code.Length == 6 && code.All(char.IsDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Replace(" ", ""));
        var address = HttpContext.ClientAddress();
        if (result.Succeeded)
        {
            log.LogInformation("Login succeeded with second factor for {Email} from {ClientAddress}", user.Email, address);
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl, Url));
        }
        log.LogWarning("Second factor failed for {Email} from {ClientAddress}", user.Email, address);
        ModelState.AddModelError(nameof(Code), "Kode salah atau akun sedang dikunci.");
        return Page();
    }
}
