using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using TempoClone.Web.Accounts;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP): make a key (a POST: a new key changes the security stamp),
/// confirm with a code, get recovery codes. Opening the page changes nothing.
/// </summary>
public class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, LoginThrottle throttle, IOptions<SiteOptions> site,
    IOptions<SecurityOptions> security, ILogger<TwoFactorModel> log) : PageModel
{
    public const string RequiredMessage = "Admin wajib memakai verifikasi dua langkah. Siapkan sekarang untuk melanjutkan.";

    [BindProperty, StringLength(7, MinimumLength = 6, ErrorMessage = "Kode terdiri dari 6 angka."), Display(Name = "Kode dari aplikasi autentikator")]
    public string? Code { get; set; }

    /// <summary>What turning two-step sign-in off asks for: the password, or a current code from the app.</summary>
    [BindProperty, StringLength(512), Display(Name = "Kata sandi atau kode dari aplikasi autentikator")]
    public string? Proof { get; set; }

    public const string WrongProofMessage = "Kata sandi atau kode salah.";

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public string? SharedKey { get; private set; }
    public string AuthenticatorUri { get; private set; } = "";
    public QrCodeView? QrCode { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Step one: a fresh key for the authenticator app.</summary>
    public async Task<IActionResult> OnPostKeyAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return RedirectToPage();
        await users.ResetAuthenticatorKeyAsync(user);
        // The new key changed the security stamp; keep this session.
        await signIn.RefreshSignInAsync(user);
        log.LogInformation("Authenticator key made by {Email}", user.Email);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = (Code ?? "").Replace(" ", "");
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user))) return RedirectToPage();
        if (!ModelState.IsValid || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "Kode tidak cocok. Periksa jam ponsel lalu coba kode berikutnya.");
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await signIn.RefreshSignInAsync(user);
        log.LogInformation("Two-factor sign-in enabled by {Email}", user.Email);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (TwoFactorRequirement.RequiredFor(security.Value, User))
            return await RefuseAsync(user, "", "Admin wajib memakai verifikasi dua langkah; tidak dapat dimatikan.");
        // CASE: a session alone (stolen, or left open) may not turn the second step off: the password or a current code
        // is asked for, and checked under the login throttle like any other guess.
        if (string.IsNullOrWhiteSpace(Proof)) return await RefuseAsync(user, nameof(Proof), "Masukkan kata sandi atau kode untuk mematikan verifikasi dua langkah.");
        var attempt = await throttle.ReserveAsync(user.Email!, user.Id, HttpContext);
        if (attempt.Refused) return await RefuseAsync(user, "", LoginModel.WaitMessage(attempt.Wait));
        if (!await ProvesOwnerAsync(user, Proof))
        {
            log.LogWarning("Two-factor switch-off refused: wrong password or code for {Email} from {ClientAddress}", user.Email, HttpContext.ClientAddress());
            return await RefuseAsync(user, nameof(Proof), WrongProofMessage);
        }
        await throttle.PassedAsync(attempt, user.Email!, HttpContext);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        log.LogWarning("Two-factor sign-in disabled by {Email}", user.Email);
        TempData["Message"] = "Verifikasi dua langkah dimatikan.";
        return RedirectToPage();
    }

    private async Task<bool> ProvesOwnerAsync(StaffUser user, string proof)
    {
        var code = proof.Replace(" ", "");
        return code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            : await users.CheckPasswordAsync(user, proof);
    }

    private async Task<IActionResult> RefuseAsync(StaffUser user, string field, string message)
    {
        ModelState.AddModelError(field, message);
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Reads only: a GET of this page must never make a key.</summary>
    private async Task LoadAsync(StaffUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = TwoFactorRequirement.RequiredFor(security.Value, User);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key)) return;
        SharedKey = string.Join(" ", key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var issuer = Uri.EscapeDataString(site.Value.Name);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        QrCode = QrCodeView.For(AuthenticatorUri);
    }
}
