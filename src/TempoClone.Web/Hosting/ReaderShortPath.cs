using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace TempoClone.Web.Hosting;

/// <summary>
/// A reader's GET or HEAD of a page the reader cache may hold goes from routing straight to the reader stages (view
/// counting, the output cache, compression) and the page, past CORS, rate limits, authentication and authorization:
/// most such requests are answered from the cache, and those four cost as much as the answer (issue 20, README
/// "Speed"). Only where skipping them changes nothing: no staff cookie and no Authorization header (so the request is
/// anonymous either way, and the cache's own rule never serves staff), and an endpoint with no authorization,
/// rate-limit or CORS metadata (search, with its rate limit, and the API, with CORS, take the long path) while no
/// global limiter or fallback policy is set. Everything before routing (error pages, security headers, the request
/// log, static files) runs for both paths.
/// </summary>
public static class ReaderShortPath
{
    /// <summary>Branches to <paramref name="readerStages"/> and the endpoint; the same stages go after authorization on the long path.</summary>
    public static IApplicationBuilder UseReaderShortPath(this IApplicationBuilder app, Action<IApplicationBuilder> readerStages)
    {
        var services = app.ApplicationServices;
        if (!IsPossible(services)) return app;
        var staffCookie = new Lazy<string?>(() => StaffCookieName(services));
        var branch = app.New();
        readerStages(branch);
        branch.Run(context => context.GetEndpoint()!.RequestDelegate!(context));
        var shortPath = branch.Build();
        return app.Use(next => context => Takes(context, staffCookie.Value) ? shortPath(context) : next(context));
    }

    /// <summary>No global limiter and no fallback policy: otherwise every request must meet them, and nothing may skip them.</summary>
    internal static bool IsPossible(IServiceProvider services) =>
        services.GetRequiredService<IOptions<AuthorizationOptions>>().Value.FallbackPolicy is null
        && services.GetService<IOptions<RateLimiterOptions>>()?.Value.GlobalLimiter is null;

    private static bool Takes(HttpContext context, string? staffCookie) =>
        IsAnonymousRead(context.Request, staffCookie)
        && context.GetEndpoint() is { RequestDelegate: not null } endpoint && ReaderCache.IsCached(endpoint) && IsOpenToAll(endpoint);

    /// <summary>A GET or HEAD with no Authorization header and no staff cookie: anonymous whatever the authentication stage would say.</summary>
    internal static bool IsAnonymousRead(HttpRequest request, string? staffCookie)
    {
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (request.Headers.ContainsKey(HeaderNames.Authorization)) return false;
        return !request.Headers.ContainsKey(HeaderNames.Cookie) || (staffCookie is not null && !request.Cookies.ContainsKey(staffCookie));
    }

    /// <summary>An endpoint with no authorization, rate-limit or CORS metadata: the stages a reader's request skips change nothing for it.</summary>
    internal static bool IsOpenToAll(Endpoint endpoint)
    {
        var metadata = endpoint.Metadata;
        return metadata.GetMetadata<IAuthorizeData>() is null && metadata.GetMetadata<EnableRateLimitingAttribute>() is null
            && metadata.GetMetadata<ICorsMetadata>() is null;
    }

    /// <summary>The cookie the default sign-in scheme reads (the staff cookie), or null when it is not a cookie scheme: then any cookie takes the long path.</summary>
    internal static string? StaffCookieName(IServiceProvider services)
    {
        var scheme = services.GetRequiredService<IAuthenticationSchemeProvider>().GetDefaultAuthenticateSchemeAsync().GetAwaiter().GetResult();
        if (scheme is null || !typeof(CookieAuthenticationHandler).IsAssignableFrom(scheme.HandlerType)) return null;
        return services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme.Name).Cookie.Name;
    }
}
