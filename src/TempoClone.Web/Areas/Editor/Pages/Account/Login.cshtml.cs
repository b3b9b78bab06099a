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
public class LoginModel(SignInManager<StaffUser> signIn, LoginThrottle throttle, StandInPassword standIn, ILogger<LoginModel> log) : PageModel
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

    /// <summary>
    /// Whole minutes, rounded up, never the exact second: a guesser is not told when to send the next try, while the
    /// owner still learns roughly how long (docs/security.md, rule 12).
    /// </summary>
    public static string WaitMessage(TimeSpan wait) =>
        $"Terlalu banyak percobaan yang gagal. Coba lagi paling lambat {Math.Max(1, Math.Ceiling(wait.TotalMinutes)):0} menit lagi.";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var address = HttpContext.ClientAddress();
        var user = await signIn.UserManager.FindByEmailAsync(Input.Email);
        // CASE: the try is reserved before the password is checked, so guesses sent together cannot all slip under the
        // limit; a waiting client is answered without any check, so guesses in the wait cost nothing and learn nothing.
        var attempt = await throttle.ReserveAsync(Input.Email, user?.Id, HttpContext);
        if (attempt.Refused)
        {
            SiteMetrics.LoginThrottled.Add(1);
            log.LogWarning("Login throttled for {Email} from {ClientAddress} for {WaitSeconds} s", Input.Email, address, Math.Ceiling(attempt.Wait.TotalSeconds));
            ModelState.AddModelError("", WaitMessage(attempt.Wait));
            return Page();
        }

        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: false);
        // CASE: Identity refuses an unknown or disabled account without hashing anything; hash against a stand-in so the
        // answer takes as long as a wrong password's.
        if (user is null || result.IsLockedOut || result.IsNotAllowed) standIn.Check(Input.Password);
        // A correct password that still needs the second factor counts as a success here: the throttle is for guesses.
        if (result.Succeeded || result.RequiresTwoFactor) await throttle.PassedAsync(attempt, Input.Email, HttpContext);
        if (result.Succeeded)
        {
            log.LogInformation("Login succeeded for {Email} from {ClientAddress}", Input.Email, address);
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl, Url));
        }

        if (result.RequiresTwoFactor)
            return Redirect(UrlMap.EditorLoginTwoFactor + "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrls.Safe(ReturnUrl, Url)));
        if (result.IsLockedOut) log.LogWarning("Login refused, account disabled: {Email} from {ClientAddress}", Input.Email, address);
        else log.LogWarning("Login failed for {Email} from {ClientAddress}", Input.Email, address);
        ModelState.AddModelError("", FailedMessage);
        return Page();
    }
}
