using Microsoft.AspNetCore.Mvc.RazorPages;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages.Popularity;

/// <summary>Counts a reader's successful GET of an article page, whether it came from the output cache or not.</summary>
public static class ViewCountingMiddleware
{
    public static IApplicationBuilder Use(IApplicationBuilder app)
    {
        // Resolved once: asking the request's services would open a service scope for each view.
        var counter = app.ApplicationServices.GetRequiredService<ViewCounter>();
        return app.Use(async (context, next) =>
        {
            await next(context);
            if (!HttpMethods.IsGet(context.Request.Method) || context.Response.StatusCode != StatusCodes.Status200OK) return;
            if (context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath != "/Articles/Show") return;
            if (context.User.Identity?.IsAuthenticated == true || PageViewSignals.IsBotOrPrefetch(context.Request) || !PageViewSignals.LooksLikePageView(context.Request)) return;
            if (context.GetRouteValue("slugAndId") is string slugAndId && ArticleLinks.TryParseSlugAndId(slugAndId, out _, out var id))
                await counter.RecordAsync(id, context.ClientAddress());
        });
    }
}
