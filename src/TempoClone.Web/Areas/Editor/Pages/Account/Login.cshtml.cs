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
public class LoginModel(SignInManager<StaffUser> signIn, LoginThrottle throttle, ILogger<LoginModel> log) : PageModel
{
    // One message for an unknown email, a wrong password and a disabled account: nothing to probe.
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

    public static string WaitMessage(TimeSpan wait) =>
        $"Terlalu banyak percobaan yang gagal. Tunggu {Math.Ceiling(wait.TotalSeconds):0} detik lalu coba lagi.";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var address = HttpContext.ClientAddress();
        // CASE: a waiting address is answered without checking the password, so guesses in the wait cost nothing and learn nothing.
        var wait = await throttle.WaitAsync(Input.Email, address);
        if (wait > TimeSpan.Zero)
        {
            SiteMetrics.LoginThrottled.Add(1);
            log.LogWarning("Login throttled for {Email} from {ClientAddress} for {WaitSeconds} s", Input.Email, address, Math.Ceiling(wait.TotalSeconds));
            ModelState.AddModelError("", WaitMessage(wait));
            return Page();
        }

        var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: false);
        // A correct password that still needs the second factor counts as a success here: the throttle is for guesses.
        await throttle.RecordAsync(Input.Email, user?.Id, address, result.Succeeded || result.RequiresTwoFactor);
        if (result.Succeeded)
        {
            log.LogInformation("Login succeeded for {Email} from {ClientAddress}", Input.Email, address);
            return LocalRedirect(StaffAccountsSetup.SafeReturnUrl(ReturnUrl, Url));
        }

        if (result.RequiresTwoFactor)
            return Redirect(UrlMap.EditorLoginTwoFactor + "?ReturnUrl=" + Uri.EscapeDataString(StaffAccountsSetup.SafeReturnUrl(ReturnUrl, Url)));
        if (result.IsLockedOut) log.LogWarning("Login refused, account disabled: {Email} from {ClientAddress}", Input.Email, address);
        else log.LogWarning("Login failed for {Email} from {ClientAddress}", Input.Email, address);
        ModelState.AddModelError("", FailedMessage);
        return Page();
    }
}
