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
}
