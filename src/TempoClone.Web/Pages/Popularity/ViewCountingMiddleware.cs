using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>Counts a reader's successful GET of an article page, whether it came from the output cache or not.</summary>
public static class ViewCountingMiddleware
{
    public static IApplicationBuilder Use(IApplicationBuilder app)
    {
        var count = CountFor(app.ApplicationServices);
        return app.Use(async (context, next) =>
        {
            await next(context);
            await count(context);
        });
    }

    /// <summary>The check and count for an answered request; also run for a page the front cache answered (Hosting/ReaderFrontCache).</summary>
    public static Func<HttpContext, Task> CountFor(IServiceProvider services)
    {
        // Resolved once: asking the request's services would open a service scope for each view.
        var counter = services.GetRequiredService<ViewCounter>();
        return context =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) || context.Response.StatusCode != StatusCodes.Status200OK) return Task.CompletedTask;
            if (context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath != "/Articles/Show") return Task.CompletedTask;
            if (context.User.Identity?.IsAuthenticated == true || PageViewSignals.IsBotOrPrefetch(context.Request) || !PageViewSignals.LooksLikePageView(context.Request)) return Task.CompletedTask;
            return context.GetRouteValue("slugAndId") is string slugAndId && ArticleLinks.TryParseSlugAndId(slugAndId, out _, out var id)
                ? counter.RecordAsync(id, context.ClientAddress()) : Task.CompletedTask;
        };
    }
}
