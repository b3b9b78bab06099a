using TempoClone.Web.Rendering;

namespace TempoClone.Web.Hosting;

/// <summary>Security headers on every response, static files and error pages included (SECURITY.md item 3).</summary>
public static class SecurityHeaders
{
    // frame-src: only the embed providers' frame hosts, over https, and only for frames our own script makes after a
    // reader's click (Rendering/EmbedFacades); every other frame source stays refused.
    private static readonly string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
        $"frame-src {string.Join(' ', EmbedLink.FrameHosts.Select(host => "https://" + host))}; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Decided now: an error page re-executes under /error, but answers an editor request all the same.
        var editor = context.Request.Path.StartsWithSegments(UrlMap.Editor);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // Newsroom pages (redirects and errors too) hold drafts and accounts: never kept by a browser or proxy.
            if (editor) headers.CacheControl = "no-store";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // A page opened from ours (a share link) gets no handle back to this window.
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.Remove("Server");
            return Task.CompletedTask;
        });
        return next(context);
    });
}
