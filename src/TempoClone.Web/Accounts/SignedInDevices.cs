using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Accounts;

/// <summary>
/// A browser that signed in to an account keeps a long-lived cookie naming it, encrypted and signed by data protection.
/// Strangers failing on that account from many addresses never hold this browser up (docs/security.md, rule 12).
/// </summary>
public sealed class SignedInDevices(IDataProtectionProvider protection, IOptions<SecurityOptions> security, IHostEnvironment environment)
{
    public const string CookieName = "tempo.device";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);
    private const int MaxAccounts = 8;

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("TempoClone.Accounts.Device").ToTimeLimitedDataProtector();

    /// <summary>The accounts (as <see cref="LoginThrottle.AccountKey"/>) this browser signed in to.</summary>
    public IReadOnlyList<string> AccountsOf(HttpContext context)
    {
        if (context.Request.Cookies[CookieName] is not { Length: > 0 and < 4000 } cookie) return [];
        try
        {
            return Protector.Unprotect(cookie).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (CryptographicException)
        {
            return [];
        }
    }

    public void Remember(HttpContext context, string email)
    {
        var account = LoginThrottle.AccountKey(email);
        var accounts = AccountsOf(context).Where(a => a != account).Prepend(account).Take(MaxAccounts);
        context.Response.Cookies.Append(CookieName, Protector.Protect(string.Join('\n', accounts), Lifetime), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = SecureCookies.Required(security.Value, environment) || context.Request.IsHttps,
            Path = UrlMap.Editor + "/account",
            MaxAge = Lifetime,
            IsEssential = true,
        });
    }
}
