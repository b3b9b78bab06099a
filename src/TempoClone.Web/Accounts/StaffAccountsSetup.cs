using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Accounts;

/// <summary>
/// Staff accounts' registrations: Identity with our password rules, the staff cookie, data-protection keys, the login
/// rate limit. The start-up steps (keys, roles, the first admin) are <see cref="StaffStartup"/>.
/// </summary>
public static class StaffAccountsSetup
{
    public const string LoginRateLimitPolicy = "login";

    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddCheckedOptions<AdminOptions>(AdminOptions.Section);
        services.AddStaffIdentity();
        services.AddStaffCookies();
        services.AddKeysInTheDatabase();
        services.AddLoginRateLimit();
        services.AddLoginThrottle();
        return services;
    }

    private static void AddStaffIdentity(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                // CASE: password failures never lock an account (anyone could lock anyone out); LoginThrottle slows them
                // instead. Identity's lockout still guards the second factor, which only someone with the password reaches.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<TempoDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<IndonesianIdentityErrors>()
            .AddPasswordValidator<CommonPasswordValidator>();

        // Every request re-checks the security stamp, so logout, a password change or a disabled account
        // ends a session at once, even for a copied cookie.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
    }

    private static void AddStaffCookies(this IServiceCollection services)
    {
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "tempo.staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
            options.LoginPath = UrlMap.EditorLogin;
            options.LogoutPath = UrlMap.EditorLogout;
            options.AccessDeniedPath = UrlMap.EditorDenied;
            SessionLifetime.Wire(options.Events);
            // CASE: signing in on the login page, the cookie handler itself redirects to the query's ReturnUrl before the
            // page answers; "/é" raw in that Location header made Kestrel throw (a 500, and no cookie).
            options.Events.OnRedirectToReturnUrl = context =>
            {
                context.Response.Redirect(ReturnUrls.HeaderSafe(context.RedirectUri));
                return Task.CompletedTask;
            };
        });
        // The antiforgery cookie follows the request's scheme: a stray POST to a reader page over HTTP then gets a
        // plain 400, not an exception. The editor area, where forms live, is HTTPS-only anyway (UseEditorOverHttpsOnly).
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "tempo.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Read when first needed, so configuration from the environment or a test host counts.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>, IHostEnvironment>((options, security, environment) => options.Cookie.SecurePolicy = SecureCookies.Policy(security.Value, environment));
    }

    private static void AddKeysInTheDatabase(this IServiceCollection services)
    {
        // Keys live in the database: a restart or a redeploy logs nobody out, every instance of the site reads the same
        // keys (a login or a form from one instance works on the others), and a database backup carries them.
        services.AddDataProtection().SetApplicationName("TempoClone").PersistKeysToDbContext<TempoDbContext>();
    }

    private static void AddLoginRateLimit(this IServiceCollection services)
    {
        services.AddCheckedOptions<LoginLimitOptions>(LoginLimitOptions.Section);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                SiteMetrics.LoginRateLimited.Add(1);
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TempoClone.Security")
                    .LogWarning("Rate limit hit on {Path} from {ClientAddress}", context.HttpContext.Request.Path, context.HttpContext.ClientAddress());
                return ValueTask.CompletedTask;
            };
            // CASE: only login attempts count; showing the form is free. The key is the connection's address (IPv6 by
            // /64), which forwarded headers change only when they come from a configured proxy.
            options.AddPolicy(LoginRateLimitPolicy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.ClientNetwork(), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<LoginLimitOptions>>().Value.PermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("form"));
        });
    }

    /// <summary>Wrong passwords slow the next try instead of locking the account (docs/security.md, rule 1).</summary>
    private static void AddLoginThrottle(this IServiceCollection services)
    {
        services.AddScoped<LoginThrottle>();
        services.AddScoped<FailedLogins>();
        services.AddScoped<SignedInDevices>();
        services.AddScoped<StandInPassword>();
    }
}
