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

/// <summary>Staff accounts: Identity with our password rules, the staff cookie, data-protection keys, the login rate limit, the first admin.</summary>
public static partial class StaffAccountsSetup
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
                context.Response.Redirect(HeaderSafe(context.RedirectUri));
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
            .Configure<IOptions<SecurityOptions>, IHostEnvironment>((options, security, environment) => options.Cookie.SecurePolicy = SecurePolicy(security.Value, environment));
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

    public static bool RequiresSecureCookies(SecurityOptions security, IHostEnvironment environment) =>
        security.SecureCookies ?? !environment.IsDevelopment();

    private static CookieSecurePolicy SecurePolicy(SecurityOptions security, IHostEnvironment environment) =>
        RequiresSecureCookies(security, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    /// <summary>
    /// With Secure cookies the editor area cannot work over plain HTTP: say so with a 400 and a log line
    /// instead of failing deep inside antiforgery.
    /// </summary>
    public static IApplicationBuilder UseEditorOverHttpsOnly(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.IsHttps && context.Request.Path.StartsWithSegments(UrlMap.Editor)
            && RequiresSecureCookies(context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value,
                context.RequestServices.GetRequiredService<IHostEnvironment>()))
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TempoClone.Security")
                .LogWarning("Editor area requested over plain HTTP from {ClientAddress}; serve it over HTTPS or set Security__SecureCookies=false", context.ClientAddress());
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next(context);
    });

    /// <summary>
    /// Only a path on this site; "https://evil.example", "//evil.example" and "/\evil.example" go to the editor home.
    /// Characters a Location header may not carry (non-ASCII such as "/é", spaces, controls) are percent-encoded:
    /// left raw, the server refuses the header and the sign-in ends in a 500 without its cookie.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl, Microsoft.AspNetCore.Mvc.IUrlHelper url) =>
        returnUrl is { Length: < 2000 } && url.IsLocalUrl(returnUrl) ? HeaderSafe(returnUrl) : UrlMap.Editor;

    private static string HeaderSafe(string url) => NotHeaderSafe().Replace(url, m => Uri.EscapeDataString(m.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\x21-\x7E]+")]
    private static partial System.Text.RegularExpressions.Regex NotHeaderSafe();

    /// <summary>
    /// Start-up step: the data-protection key exists (made now if the database has none) before this instance serves,
    /// so an instance started after it reads that key instead of making its own on its first request; two keys made
    /// at once would leave each instance unable to read the other's cookies and forms until their key rings refresh.
    /// </summary>
    public static Task EnsureDataProtectionKeyAsync(this WebApplication app)
    {
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("TempoClone.Startup").Protect([1]);
        return Task.CompletedTask;
    }

    /// <summary>Roles exist, and a database without staff gets its first admin from configuration.</summary>
    public static async Task EnsureStaffAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));

        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("TempoClone.Security");
        if (users.Users.Any()) return;

        var admin = services.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (string.IsNullOrWhiteSpace(admin.Email))
        {
            log.LogWarning("No staff account exists; set Admin__Email and Admin__Password to create the first admin");
            return;
        }
        // CASE: an admin named without a password would leave a site nobody can log in to: stop and say so.
        if (string.IsNullOrEmpty(admin.Password))
            throw new StartupProblem($"Admin:Email is {admin.Email} but Admin:Password is empty, and the database has no staff yet; " +
                "set Admin__Password (at least 10 characters) to create the first admin.");

        var created = await users.CreateAdminAsync(admin.Email, admin.Password);
        if (!created.Succeeded)
        {
            throw new StartupProblem($"The first admin {admin.Email} could not be created; choose another Admin__Password: " +
                string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        log.LogInformation("Created the first admin {Email}", admin.Email);
    }
}
