using Microsoft.AspNetCore.Http.Features;

namespace TempoClone.Web.Hosting;

/// <summary>
/// A request whose declared body is past the server's limit (Kestrel's, 30 MB) is answered 413 at once, with the
/// Indonesian error page, before anything tries to read it. Left alone it failed later, in the antiforgery check or the
/// form reader, and the error page's own re-run of the POST tripped over the same body: the visitor saw a 404.
/// </summary>
public static class OversizedRequests
{
    public static IApplicationBuilder UseOversizedRequestAnswer(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (limit is null || context.Request.ContentLength is not { } length || length <= limit) return next(context);

        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("TempoClone.Security")
            .LogWarning("Request body of {Length} bytes refused on {Method} {Path} from {ClientAddress}", length, context.Request.Method, context.Request.Path, context.ClientAddress());
        // CASE: the error page is re-run as a GET with no body: the body is never read, so nothing can fail on it.
        context.Request.Method = HttpMethods.Get;
        context.Request.Headers.ContentType = default;
        context.Request.ContentLength = null;
        context.Request.Body = Stream.Null;
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Task.CompletedTask;
    });
}
