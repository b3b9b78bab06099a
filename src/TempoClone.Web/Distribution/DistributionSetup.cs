namespace TempoClone.Web.Distribution;

/// <summary>What machines read: RSS and Atom feeds, robots.txt and sitemaps, the JSON content API.</summary>
public static class DistributionSetup
{
    public static IServiceCollection AddDistribution(this IServiceCollection services)
    {
        services.AddScoped<FeedSource>();
        services.AddScoped<SitemapSource>();
        services.AddScoped<StoredSitemapFiles>();
        services.AddSingleton<SitemapBuildGate>();
        services.AddContentApi();
        return services;
    }

    public static void MapDistribution(this WebApplication app)
    {
        app.MapFeeds();
        app.MapContentApi();
        app.MapSitemaps();
    }
}
