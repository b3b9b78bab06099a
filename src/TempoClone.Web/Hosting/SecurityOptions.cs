using System.ComponentModel.DataAnnotations;
namespace TempoClone.Web.Hosting;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Staff and antiforgery cookies are Secure (HTTPS only). On by default outside Development; a trial over
    /// plain HTTP (say, the container on http://localhost:8080) sets Security__SecureCookies=false.
    /// </summary>
    public bool? SecureCookies { get; set; }

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed; none by default.</summary>
    [IpAddresses]
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Admins must set up two-step sign-in: until they do, every editor page walks them to its setup.</summary>
    public bool RequireTwoFactorForAdmins { get; set; }

    /// <summary>
    /// A staff session ends this many hours after sign-in, however busy it stays (the 10 h sliding expiry only ends an
    /// idle one), so a stolen or forgotten session is not a permanent takeover.
    /// </summary>
    [Range(1, 720)]
    public int SessionHours { get; set; } = 12;
}
