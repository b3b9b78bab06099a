using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace TempoClone.Web.Hosting;

/// <summary>
/// Reader pages are served from an in-memory output cache for a few seconds (Site:ReaderCacheSeconds).
/// Every editor write evicts the whole reader cache, so what editors publish shows at the next request;
/// time alone (a scheduled story, "2 jam lalu") catches up within those seconds.
/// </summary>
public static class ReaderCache
{
    public const string Policy = "reader";
    public const string Tag = "reader";

    public static IServiceCollection AddReaderCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<SiteOptions>>((options, site) =>
        {
            // CASE: "/Internasional" must reach the page (and its 301), not the cached "/internasional".
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(Policy, policy =>
            {
                if (site.Value.ReaderCacheSeconds <= 0)
                {
                    policy.NoCache();
                    return;
                }
                policy.Expire(TimeSpan.FromSeconds(site.Value.ReaderCacheSeconds)).Tag(Tag).SetVaryByQuery("*");
            });
        });
        return services;
    }

    public static Task EvictAsync(IOutputCacheStore store, CancellationToken ct = default) => store.EvictByTagAsync(Tag, ct).AsTask();
}
