using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Areas.Editor.Pages.Account;

/// <summary>Two-factor sign-in with an authenticator app (TOTP): set up with the key, confirm with a code, get recovery codes.</summary>
public class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IOptions<SiteOptions> site, ILogger<TwoFactorModel> log) : PageModel
{
    [BindProperty, StringLength(7, MinimumLength = 6, ErrorMessage = "Kode terdiri dari 6 angka."), Display(Name = "Kode dari aplikasi autentikator")]
    public string? Code { get; set; }

    public bool Enabled { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = (Code ?? "").Replace(" ", "");
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
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        log.LogWarning("Two-factor sign-in disabled by {Email}", user.Email);
        TempData["Message"] = "Verifikasi dua langkah dimatikan.";
        return RedirectToPage();
    }

    private async Task LoadAsync(StaffUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(" ", key!.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var issuer = Uri.EscapeDataString(site.Value.Name);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
    }
}
