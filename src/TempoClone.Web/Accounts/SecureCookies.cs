using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Accounts;

/// <summary>
/// Whether the staff cookies are Secure (always outside Development unless Security:SecureCookies says otherwise), and
/// what follows from it: the editor area answers only over HTTPS.
/// </summary>
public static class SecureCookies
{
    public static bool Required(SecurityOptions security, IHostEnvironment environment) =>
        security.SecureCookies ?? !environment.IsDevelopment();

    public static CookieSecurePolicy Policy(SecurityOptions security, IHostEnvironment environment) =>
        Required(security, environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    /// <summary>
    /// With Secure cookies the editor area cannot work over plain HTTP: say so with a 400 and a log line
    /// instead of failing deep inside antiforgery.
    /// </summary>
    public static IApplicationBuilder UseEditorOverHttpsOnly(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.IsHttps && context.Request.Path.StartsWithSegments(UrlMap.Editor)
            && Required(context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value,
                context.RequestServices.GetRequiredService<IHostEnvironment>()))
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TempoClone.Security")
                .LogWarning("Editor area requested over plain HTTP from {ClientAddress}; serve it over HTTPS or set Security__SecureCookies=false", context.ClientAddress());
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        await next(context);
    });
}
