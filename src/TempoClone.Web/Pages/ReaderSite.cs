using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using TempoClone.Web.Data;
using TempoClone.Web.Hosting;
using TempoClone.Web.Pages.Popularity;
using TempoClone.Web.Pages.Shared;
using TempoClone.Web.Pages.Search;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Pages;

/// <summary>The reader site: its Razor Pages at the routes of <see cref="UrlMap"/>, and first-party view counting.</summary>
public static class ReaderSite
{
    public static IServiceCollection AddReaderSite(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            foreach (var (page, templates) in UrlMap.ReaderPageRoutes)
                options.Conventions.AddPageRouteModelConvention(page, model => RouteAt(model, templates));
            options.Conventions.AddFolderApplicationModelConvention("/", model => model.Filters.Add(new OneConnectionPerPage()));
        });
        services.AddSingleton<ViewCounter>();
        services.AddSingleton<SeenReaders>();
        services.AddSingleton<SharedSeenReaders>();
        services.AddSingleton<PendingViews>();
        services.AddSingleton<MostRead>();
        services.AddSingleton<EditorsPicks>();
        services.AddSingleton<SiteChrome>();
        services.AddSingleton<BreakingNewsBar>();
        services.AddHostedService<ViewCounterFlusher>();
        services.AddSearchLimit();
        services.AddSingleton<SearchResultCache>();
        services.AddSingleton<IInterceptor, SearchStemsOnSave>();
        services.AddHostedService<SearchStemsBackfill>();
        return services;
    }

    /// <summary>Counts article views (after authentication, so staff are known, and before the output cache answers).</summary>
    public static IApplicationBuilder UseViewCounting(this IApplicationBuilder app)
    {
        // Observed only when metrics are on: the meter is static and would keep the counter (and its app) alive.
        // Once per app, though the stage is in both the short and the long path (Hosting/ReaderShortPath).
        if (app.ApplicationServices.GetRequiredService<IOptions<MetricsOptions>>().Value.Enabled && app.Properties.TryAdd(PendingViewsObserved, true))
        {
            var counter = app.ApplicationServices.GetRequiredService<ViewCounter>();
            SiteMetrics.ObservePendingViews(() => counter.PendingViews);
        }
        return ViewCountingMiddleware.Use(app);
    }

    private const string PendingViewsObserved = "TempoClone.PendingViewsObserved";

    /// <summary>The page answers at exactly these templates; the folder-derived default route is dropped.</summary>
    private static void RouteAt(PageRouteModel model, string[] templates)
    {
        var first = model.Selectors[0];
        model.Selectors.Clear();
        foreach (var template in templates)
            model.Selectors.Add(new SelectorModel(first) { AttributeRouteModel = new AttributeRouteModel { Template = template } });
    }
}
