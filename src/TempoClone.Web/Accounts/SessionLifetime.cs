using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Accounts;

/// <summary>
/// The staff session's absolute limit (<see cref="SecurityOptions.SessionHours"/>). The sign-in time rides in the
/// cookie's properties, which a sliding renewal and Identity's refresh after a password or key change carry over, so
/// only a new sign-in with the password starts the clock again.
/// </summary>
public static class SessionLifetime
{
    private const string SignedInItem = "tempo.signedin";

    public static void Wire(CookieAuthenticationEvents events)
    {
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = context =>
        {
            context.Properties.Items.TryAdd(SignedInItem, Now(context.HttpContext).UtcTicks.ToString(CultureInfo.InvariantCulture));
            return signingIn(context);
        };
        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            if (!await EndedAsync(context)) await validate(context);
        };
    }

    public static TimeSpan Limit(SecurityOptions security) => TimeSpan.FromHours(security.SessionHours);

    private static async Task<bool> EndedAsync(CookieValidatePrincipalContext context)
    {
        var signedIn = context.Properties.Items.TryGetValue(SignedInItem, out var ticks) && long.TryParse(ticks, CultureInfo.InvariantCulture, out var value)
            ? new DateTimeOffset(value, TimeSpan.Zero)
            : context.Properties.IssuedUtc;
        if (signedIn is null || Now(context.HttpContext) - signedIn.Value < Limit(context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value)) return false;

        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TempoClone.Security")
            .LogInformation("Session of {UserName} ended: signed in at {SignedInUtc}, past the absolute limit", context.Principal?.Identity?.Name, signedIn.Value);
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
        return true;
    }

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}
